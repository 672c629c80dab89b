import type { CeremonyFactRecordedData, SpeechFact, SpeechKind } from '@tdkt/contracts';
import { personInProtocolOrder, sentence } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';
import { clause } from './ceremony-figures';

/** How the press opens each kind of speech ("Phát biểu chỉ đạo tại hội nghị, đồng chí …") and the verb of its key points. */
const OPENING: Record<SpeechKind, { opens: (s: SpeechFact) => string; stresses: string }> = {
  directing: { opens: () => 'Phát biểu chỉ đạo tại hội nghị', stresses: 'nhấn mạnh' },
  'fatherland-front': {
    opens: (s) => `Phát biểu thay mặt ${s.onBehalfOf ?? 'Ủy ban MTTQ Việt Nam'}`,
    stresses: 'nhấn mạnh',
  },
  acceptance: {
    opens: (s) => (s.onBehalfOf ? `Phát biểu tiếp thu, thay mặt ${s.onBehalfOf}` : 'Phát biểu tiếp thu'),
    stresses: 'khẳng định',
  },
  opening: { opens: () => 'Phát biểu khai mạc hội nghị', stresses: 'nêu rõ' },
  other: {
    opens: (s) => (s.onBehalfOf ? `Phát biểu tại hội nghị, thay mặt ${s.onBehalfOf}` : 'Phát biểu tại hội nghị'),
    stresses: 'nêu rõ',
  },
};

/**
 * One speech in indirect speech (docs/domain.md#article-structure, item 5), only what the organizer
 * summed up: "Phát biểu chỉ đạo tại hội nghị, đồng chí …, … nhấn mạnh …. Đồng chí đề nghị …".
 * A speech with neither key points nor tasks is not written (there is nothing to report of it).
 */
export function speechParagraph(f: Sourced<CeremonyFactRecordedData>): Paragraph | undefined {
  const s = f.data.fact as SpeechFact;
  const points = s.keyPoints.map(clause).filter(Boolean);
  const tasks = s.tasks.map(clause).filter(Boolean);
  if (points.length === 0 && tasks.length === 0) return undefined;
  const { opens, stresses } = OPENING[s.speechKind];
  const who = `${opens(s)}, đồng chí ${personInProtocolOrder(s.speaker.name, s.speaker.titles)}`;
  const text = points.length
    ? [
        sentence(`${who} ${stresses} ${points.join('; ')}`),
        ...(tasks.length ? [sentence(`Đồng chí đề nghị ${tasks.join('; ')}`)] : []),
      ]
    : [sentence(`${who} đề nghị ${tasks.join('; ')}`)];
  return { role: `speech:${f.data.position}`, text: text.join(' '), sources: [f.eventId] };
}

export const speechParagraphs = (facts: readonly Sourced<CeremonyFactRecordedData>[]): (Paragraph | undefined)[] =>
  facts.filter((f) => f.data.fact.kind === 'speech').map(speechParagraph);
