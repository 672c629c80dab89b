import type { CeremonyFactRecordedData, ResultFact } from '@tdkt/contracts';
import { formatNumber, joinList, midSentence, sentence } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';
import { quantity } from './ceremony-figures';

/** One result announced at the ceremony: "Hội nghị đã công bố …: tỉnh Hà Giang xếp thứ 13/63 tỉnh, thành phố; dẫn đầu … là …". */
function resultSentence(r: ResultFact): string {
  const parts: string[] = [];
  if (r.ranking) {
    const k = r.ranking;
    const score = k.score ? ` đạt ${quantity(k.score)},` : '';
    parts.push(`${k.unit}${score} xếp thứ ${formatNumber(k.position)}/${formatNumber(k.of)} ${k.scope}`);
  }
  for (const l of r.leaders ?? []) parts.push(`dẫn đầu ${l.group} là ${joinList(l.units)}`);
  return sentence(`Hội nghị đã công bố ${midSentence(r.subject)}: ${parts.join('; ')}`);
}

/** The results announced at the ceremony (an administrative-reform ranking, the units leading each bloc), as entered. */
export function announcedResultsParagraph(facts: readonly Sourced<CeremonyFactRecordedData>[]): Paragraph | undefined {
  const results = facts.filter((f) => f.data.fact.kind === 'result');
  if (results.length === 0) return undefined;
  return {
    role: 'announced-results',
    text: results.map((f) => resultSentence(f.data.fact as ResultFact)).join(' '),
    sources: results.map((f) => f.eventId),
  };
}
