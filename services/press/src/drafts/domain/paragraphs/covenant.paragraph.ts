import { formatCount, personRepresenting, sentence } from '@tdkt/vietnamese';
import type { CovenantView } from '../../../read-model/domain/covenant-facts';
import type { Paragraph } from '../draft';

/**
 * The covenant signed at the conference (docs/domain.md#article-structure, item 8): who signed, for which year; while
 * signatures are still coming in, how many of the parties have signed.
 */
export function covenantParagraph(c: CovenantView): Paragraph | undefined {
  if (c.signed.length === 0) return undefined;
  const who = c.signed.map((s) => personRepresenting(s.signatory.name, s.signatory.titles, s.unitName)).join('; ');
  const head = c.fullySigned
    ? `Cũng tại hội nghị, ${formatCount(c.partyCount, 'đơn vị')} thuộc ${c.clusterName} đã ký kết ${c.title}`
    : `Cũng tại hội nghị, ${c.signed.length}/${formatCount(c.partyCount, 'đơn vị')} thuộc ${c.clusterName} đã ký ${c.title}`;
  return {
    role: `covenant:${c.covenantId}`,
    text: sentence(`${head}; tham gia ký kết có các đồng chí: ${who}`),
    sources: c.sources,
  };
}
