import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { arrayOf, dateTime, enumOf, int, object, str, uuid } from './json-schema';

export type DraftKind = 'covenant-signing' | 'award-announcement' | 'conference-report';

export interface DraftGeneratedData {
  draftId: string;
  kind: DraftKind;
  subjectId: string;
  version: number;
  title: string;
}

const kind = enumOf(['covenant-signing', 'award-announcement', 'conference-report']);

export const DraftGenerated = defineEvent<DraftGeneratedData>({
  type: 'press.draft-generated.v1',
  topic: TOPICS.draft,
  summary: 'A news draft was generated or regenerated from new facts.',
  schema: object(
    {
      draftId: uuid,
      kind,
      subjectId: uuid,
      version: int({ minimum: 1 }),
      title: str(),
    },
    ['draftId', 'kind', 'subjectId', 'version', 'title'],
  ),
});

export interface DraftApprovedData {
  draftId: string;
  kind: DraftKind;
  subjectId: string;
  /** the version the press lead approved */
  version: number;
  title: string;
  approvedBy: string;
  approvedAt: string;
}

export interface DraftPublishedData {
  draftId: string;
  kind: DraftKind;
  subjectId: string;
  /** the version that went out; later edits make new versions, never alter this one */
  version: number;
  title: string;
  publishedBy: string;
  publishedAt: string;
  /** the organizations the draft is about (organizer, cluster): what press-office subscriptions match */
  organizations?: string[];
}

export const DraftApproved = defineEvent<DraftApprovedData>({
  type: 'press.draft-approved.v1',
  topic: TOPICS.draft,
  summary: 'A press lead approved a version of a news draft.',
  schema: object(
    {
      draftId: uuid,
      kind,
      subjectId: uuid,
      version: int({ minimum: 1 }),
      title: str(),
      approvedBy: str(),
      approvedAt: dateTime,
    },
    ['draftId', 'kind', 'subjectId', 'version', 'title', 'approvedBy', 'approvedAt'],
  ),
});

export const DraftPublished = defineEvent<DraftPublishedData>({
  type: 'press.draft-published.v1',
  topic: TOPICS.draft,
  summary: 'A press lead published an approved version of a news draft.',
  schema: object(
    {
      draftId: uuid,
      kind,
      subjectId: uuid,
      version: int({ minimum: 1 }),
      title: str(),
      publishedBy: str(),
      publishedAt: dateTime,
      organizations: arrayOf(str()),
    },
    ['draftId', 'kind', 'subjectId', 'version', 'title', 'publishedBy', 'publishedAt'],
  ),
});
