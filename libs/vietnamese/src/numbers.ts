import { nfc } from './nfc';

export interface FormatNumberOptions {
  /** Maximum digits after the decimal comma; trailing zeros are dropped. Default 2. */
  decimals?: number;
}

// Press figures rarely carry more than two decimals ("14,41%", "51,7 triệu đồng"), and a cap
// keeps floating-point noise (0.1 + 0.2) out of published text.
const DEFAULT_DECIMALS = 2;

// One formatter per precision: constructing Intl.NumberFormat is far costlier than using it.
const formatters = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      // "always": group 4-digit numbers too (3.466, 4.290), as the Vietnamese press does; ICU's
      // vi locale already does, but some locales (es, pl) don't, so we don't rely on the default.
      useGrouping: 'always',
      minimumFractionDigits: 0,
      maximumFractionDigits: decimals,
      // no "-0" when a tiny negative rounds to zero
      signDisplay: 'negative',
    });
    formatters.set(decimals, f);
  }
  return f;
}

function assertFinite(n: number, fn: string): void {
  if (!Number.isFinite(n)) throw new RangeError(`${fn}: expected a finite number, got ${n}`);
}

function assertDecimals(decimals: number, fn: string): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`${fn}: decimals must be an integer 0..20, got ${decimals}`);
  }
}

/**
 * Vietnamese number: "." groups thousands, "," marks decimals (docs/domain.md#formatting).
 * 4290 → "4.290", 51.7 → "51,7", 1234567.891 (decimals 2) → "1.234.567,89".
 */
export function formatNumber(n: number, options: FormatNumberOptions = {}): string {
  const decimals = options.decimals ?? DEFAULT_DECIMALS;
  assertFinite(n, 'formatNumber');
  assertDecimals(decimals, 'formatNumber');
  return nfc(numberFormat(decimals).format(n));
}

/**
 * Percent as the press writes it, no space before "%": 14.41 → "14,41%".
 * The input is the percent value itself (14.41), not a fraction (0.1441): that is how figures
 * arrive from reports and covenant targets.
 */
export function formatPercent(percent: number, options: FormatNumberOptions = {}): string {
  assertFinite(percent, 'formatPercent');
  return `${formatNumber(percent, options)}%`;
}

/**
 * A count with its noun, as the press writes award tallies: `formatCount(1597, 'cá nhân')` →
 * "1.597 cá nhân". Whole numbers only (a count); no leading zeros ("7 tập thể", not "07").
 */
export function formatCount(count: number, noun: string): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a count must be a whole number ≥ 0, got ${count}`);
  return nfc(`${formatNumber(count)} ${noun.trim()}`);
}
