import { nfc } from './nfc';

const OPEN = '\u201C'; // “
const CLOSE = '\u201D'; // ”

/**
 * Straight double quotes to typographic ones. Pairs are matched left to right; a stray quote left
 * over opens when it starts a word (after a space or an opening bracket) and closes otherwise.
 */
export function typographicQuotes(text: string): string {
  return text
    .replace(/"([^"]*)"/g, `${OPEN}$1${CLOSE}`)
    .replace(/(^|[\s([{])"/g, `$1${OPEN}`)
    .replace(/"/g, CLOSE);
}

// A text that is already wholly quoted ("…", “…”, «…») with no other quote inside: unwrap it so
// quote() doesn't produce ““…””.
const WRAPPED = /^(?:"([^"“”]*)"|“([^"“”]*)”|«([^"“”«»]*)»)$/;

/**
 * A movement name, theme or saying in typographic quotes (docs/domain.md#formatting: “ ”):
 * quote('Dân vận khéo') → “Dân vận khéo”. Trims; inner straight quotes become typographic.
 */
export function quote(text: string): string {
  let inner = nfc(text).trim();
  const wrapped = WRAPPED.exec(inner);
  if (wrapped) inner = (wrapped[1] ?? wrapped[2] ?? wrapped[3] ?? '').trim();
  return `${OPEN}${typographicQuotes(inner)}${CLOSE}`;
}
