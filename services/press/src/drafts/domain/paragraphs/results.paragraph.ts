import type { CeremonyFactRecordedData, HighlightFact } from '@tdkt/contracts';
import { sentence } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';
import { clause, figurePhrase } from './ceremony-figures';

/**
 * The results of the year reviewed, from the report's highlights as the organizer entered them
 * (docs/domain.md#article-structure, item 4): the figures in one sentence, then each statement.
 * "Theo báo cáo tại hội nghị, năm 2023, tổng thu ngân sách nhà nước trên địa bàn đạt 4.290 tỷ đồng; …".
 */
export function resultsParagraph(
  facts: readonly Sourced<CeremonyFactRecordedData>[],
  yearReviewed: number,
): Paragraph | undefined {
  const highlights = facts.filter((f) => f.data.fact.kind === 'highlight');
  if (highlights.length === 0) return undefined;
  const of = (f: Sourced<CeremonyFactRecordedData>) => f.data.fact as HighlightFact;
  const figures = highlights.filter((f) => of(f).figure).map((f) => figurePhrase(of(f).figure!, yearReviewed));
  const statements = highlights.filter((f) => of(f).statement).map((f) => sentence(clause(of(f).statement!)));
  const lead = `Theo báo cáo tại hội nghị, năm ${yearReviewed}`;
  const text = figures.length
    ? [sentence(`${lead}, ${figures.join('; ')}`), ...statements]
    : [sentence(`${lead}, ${clause(of(highlights.find((f) => of(f).statement)!).statement!)}`), ...statements.slice(1)];
  return { role: 'results', text: text.join(' '), sources: highlights.map((f) => f.eventId) };
}
