import { nfc } from './nfc';

// An abbreviation (UBND, HĐND, MTTQ, TĐKT) or a name in capitals keeps its case.
const ABBREVIATION = /^\p{Lu}{2,}/u;

/**
 * A common-noun phrase placed inside a sentence, first letter in lower case, as the press writes
 * an agenda item or an action after a verb: "Bàn giao Cụm trưởng" → "bàn giao Cụm trưởng",
 * "Tổng kết công tác …" → "tổng kết công tác …". Abbreviations stay ("UBND tỉnh …"). Not for
 * proper names: a conference's full name keeps its capital ("tổ chức Hội nghị tổng kết …").
 */
export function midSentence(text: string): string {
  const s = nfc(text).trim();
  if (s === '' || ABBREVIATION.test(s)) return s;
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}
