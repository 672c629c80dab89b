import type { Figure, Quantity } from '@tdkt/contracts';
import { formatNumber } from '@tdkt/vietnamese';

/** A value with its unit as the press writes it: "4.290 tỷ đồng", "51,7 triệu đồng/người/năm", "14,41%" (no space before %). */
export function quantity(q: Quantity): string {
  const unit = q.unit.trim();
  return unit.startsWith('%') ? `${formatNumber(q.value)}${unit}` : `${formatNumber(q.value)} ${unit}`;
}

/** Against the target or the year before, only as entered: "vượt 6% so với kế hoạch", "tăng 0,5% so với năm 2022". */
function comparison(c: NonNullable<Figure['comparison']>, yearReviewed: number): string {
  const q = quantity(c);
  if (c.basis === 'target') {
    if (c.direction === 'up') return `vượt ${q} so với kế hoạch`;
    if (c.direction === 'down') return `thấp hơn kế hoạch ${q}`;
    return `bằng ${q} kế hoạch`;
  }
  const year = `so với năm ${yearReviewed - 1}`;
  if (c.direction === 'up') return `tăng ${q} ${year}`;
  if (c.direction === 'down') return `giảm ${q} ${year}`;
  return `bằng ${q} ${year}`;
}

/** "tổng thu ngân sách nhà nước trên địa bàn đạt 4.290 tỷ đồng, vượt 6% so với kế hoạch". */
export function figurePhrase(f: Figure, yearReviewed: number): string {
  const base = `${f.label} ${f.verb ?? 'đạt'} ${quantity(f)}`;
  return f.comparison ? `${base}, ${comparison(f.comparison, yearReviewed)}` : base;
}

/** An item the organizer typed, placed in a list: its own closing punctuation dropped. */
export const clause = (text: string): string => text.trim().replace(/[\s.;,]+$/u, '');
