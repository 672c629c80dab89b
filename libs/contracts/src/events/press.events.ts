import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { int, object, str, uuid } from './json-schema';

export type DraftKind = 'covenant-signing' | 'award-announcement' | 'conference-report';

export interface DraftGeneratedData {
  draftId: string;
  kind: DraftKind;
  subjectId: string;
  version: number;
  title: string;
}

export const DraftGenerated = defineEvent<DraftGeneratedData>({
  type: 'press.draft-generated.v1',
  topic: TOPICS.draft,
  summary: 'A news draft was generated or regenerated from new facts.',
  schema: object(
    {
      draftId: uuid,
      kind: { type: 'string', enum: ['covenant-signing', 'award-announcement', 'conference-report'] },
      subjectId: uuid, version: int({ minimum: 1 }), title: str(),
    },
    ['draftId', 'kind', 'subjectId', 'version', 'title'],
  ),
});
