import { nfc } from './nfc';

// Opening punctuation that may precede the first word: “Dân vận khéo” là …, (Theo …)
const LEADING = /^([\s“"‘'«([]*)(\p{L})/u;
// A sentence already closed: ?, !, … (or "..."), possibly followed by closing quotes/brackets.
const CLOSED = /(?:[?!…]|\.\.\.)[”"’'»)\]]*$/u;
// Closing quote after a full stop: .” — already closed, keep as is.
const CLOSED_QUOTE = /\.[”"’'»)\]]+$/u;

/**
 * One sentence, ready to publish: trimmed, first letter upper-cased (Vietnamese-aware, so "đ" → "Đ"),
 * and exactly one final period, unless it already ends with ?, !, … or punctuation inside a closing
 * quote (“…!”). Stray trailing , ; : become the period; "abc.." becomes "abc.".
 * Only a leading letter is capitalised: "3.466 tập thể …" is left alone.
 */
export function sentence(text: string): string {
  let s = nfc(text).trim();
  if (s === '') return '';
  s = s.replace(LEADING, (_m, lead: string, letter: string) => lead + letter.toLocaleUpperCase('vi'));
  if (CLOSED.test(s) || CLOSED_QUOTE.test(s)) return s;
  // drop trailing periods/separators (not an ellipsis, handled above) before adding the one period
  s = s.replace(/[\s.,;:]+$/u, '');
  return `${s}.`;
}
