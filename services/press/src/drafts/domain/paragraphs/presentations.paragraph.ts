import type { CeremonyFactRecordedData, PresentationFact } from '@tdkt/contracts';
import { personRepresenting, quote, sentence } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';
import { clause } from './ceremony-figures';

/** "tham luận “…”", or "tham luận về …" when the organizer wrote the subject as "về …". */
const subjectOf = (s: string) => (/^về\s/iu.test(s.trim()) ? clause(s) : quote(clause(s)));

/**
 * The exemplary presentations (tham luận): "Tại hội nghị, đồng chí …, Giám đốc Sở … đã trình bày
 * tham luận “…”"; the unit named only when the titles do not name it already.
 */
export function presentationsParagraph(facts: readonly Sourced<CeremonyFactRecordedData>[]): Paragraph | undefined {
  const items = facts.filter((f) => f.data.fact.kind === 'presentation');
  if (items.length === 0) return undefined;
  const phrases = items.map((f) => {
    const p = f.data.fact as PresentationFact;
    return `đồng chí ${personRepresenting(p.presenter.name, p.presenter.titles, p.unit)} đã trình bày tham luận ${subjectOf(p.subject)}`;
  });
  return {
    role: 'presentations',
    text: sentence(`Tại hội nghị, ${phrases.join('; ')}`),
    sources: items.map((f) => f.eventId),
  };
}
