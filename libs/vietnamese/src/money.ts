import { formatNumber } from './numbers';

// Largest first. The press stops at "tỷ": 4.290 billion is "4.290 tỷ đồng", never "4,29 nghìn tỷ".
const UNITS = [
  { size: 1_000_000_000, word: 'tỷ' },
  { size: 1_000_000, word: 'triệu' },
  { size: 1_000, word: 'nghìn' },
] as const;

const MAX_DECIMALS = 2;

function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

/**
 * An amount in đồng, in words as the press writes it (docs/domain.md#formatting: "tỷ đồng, triệu đồng", not "₫"):
 * 4_290_000_000_000 → "4.290 tỷ đồng", 51_700_000 → "51,7 triệu đồng", 500_000 → "500 nghìn đồng".
 * Picks the largest of tỷ / triệu / nghìn that keeps the number ≥ 1 (999_000_000 → "999 triệu đồng"),
 * then rounds to at most 2 decimals; if rounding reaches 1.000 of that unit it moves up one
 * (999_999_999 → "1 tỷ đồng", not "1.000 triệu đồng"). Below 1.000 it is plain "đồng" with no
 * decimals, the đồng having no subunit in use.
 */
export function formatMoneyVnd(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`formatMoneyVnd: expected a finite number, got ${amount}`);
  const abs = Math.abs(amount);
  let text: string;
  const i = UNITS.findIndex((u) => abs >= u.size);
  if (i === -1 && Math.round(abs) < 1000) {
    text = `${formatNumber(Math.round(abs), { decimals: 0 })} đồng`;
  } else {
    // index of the unit to print in; -1 → rounding đồng reached 1.000, i.e. 1 nghìn
    let u = i === -1 ? UNITS.length - 1 : i;
    let value = round(abs / UNITS[u]!.size, MAX_DECIMALS);
    if (value >= 1000 && u > 0) {
      u -= 1;
      value = round(abs / UNITS[u]!.size, MAX_DECIMALS);
    }
    text = `${formatNumber(value, { decimals: MAX_DECIMALS })} ${UNITS[u]!.word} đồng`;
  }
  // no "-0 đồng" when a tiny negative rounds away
  return amount < 0 && !text.startsWith('0 ') ? `-${text}` : text;
}
