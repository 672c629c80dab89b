import type { CeremonyFactRecordedData, PrizeFact } from '@tdkt/contracts';
import { formatMoneyVnd, sentence } from '@tdkt/vietnamese';
import type { Sourced } from '../../../read-model/domain/sourced';
import type { Paragraph } from '../draft';

/** Prizes with their money: "8 tập thể được tặng Cờ thi đua của UBND tỉnh kèm theo tiền thưởng 10 triệu đồng/tập thể." */
export function prizesParagraph(facts: readonly Sourced<CeremonyFactRecordedData>[]): Paragraph | undefined {
  const prizes = facts.filter((f) => f.data.fact.kind === 'prize');
  if (prizes.length === 0) return undefined;
  const text = prizes.map((f) => {
    const p = f.data.fact as PrizeFact;
    const money = `${formatMoneyVnd(p.amountVnd)}${p.per ? `/${p.per}` : ''}`;
    return sentence(`${p.recipients} được tặng ${p.award} kèm theo tiền thưởng ${money}`);
  });
  return { role: 'prizes', text: text.join(' '), sources: prizes.map((f) => f.eventId) };
}
