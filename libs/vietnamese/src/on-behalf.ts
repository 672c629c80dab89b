import { cleanText } from './clean-text';
import { foldDiacritics } from './fold';

// "thừa ủy quyền của", "Thừa uỷ quyền", "TUQ." … as people and upstream services write it
const PREFIX = /^(thua uy quyen|tuq)\.?\s*(cua(\s+|$))?/;

/**
 * The phrase for an award presented on someone's behalf, written once: "thừa ủy quyền của Thủ tướng
 * Chính phủ", whether the authority arrives bare ("Thủ tướng Chính phủ") or already with the
 * phrase (the awards contract sends "thừa ủy quyền của …" in presentedOnBehalfOf). Empty for none.
 */
export function onBehalfOf(authorityOrPhrase: string | undefined): string {
  const text = cleanText(authorityOrPhrase ?? '');
  if (text === '') return '';
  const folded = foldDiacritics(text);
  const m = PREFIX.exec(folded);
  // folding keeps the length of NFC Vietnamese text (one letter for one letter), so the offset holds
  const authority = m ? text.slice(m[0].length).trim() : text;
  return authority === '' ? '' : `thừa ủy quyền của ${authority}`;
}
