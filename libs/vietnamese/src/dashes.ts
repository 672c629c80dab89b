import { nfc } from './nfc';

// en dash, em dash, minus sign, figure dash, non-breaking and other Unicode hyphens
const DASHES = /\s*[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]\s*/gu;
const SPACED_HYPHEN = /\s+-\s*|\s*-\s+/g;

/**
 * One dash for compound names: "Ban Thi đua – Khen thưởng", "Thi đua—Khen thưởng" and
 * "Thi đua - Khen thưởng" all become "Thi đua - Khen thưởng", the spaced hyphen the seed articles
 * use, so a title typed with an en dash matches a rule written with a hyphen. A hyphen inside a
 * word or a number range without spaces ("2021-2025") is left alone.
 */
export function normalizeDashes(text: string): string {
  return nfc(text).replace(DASHES, ' - ').replace(SPACED_HYPHEN, ' - ');
}
