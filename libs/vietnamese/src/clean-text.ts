import { nfc } from './nfc';

/**
 * Text as a user typed or pasted it, as it is stored and compared: NFC, every run of whitespace
 * (tabs, line breaks, no-break and other Unicode spaces) one space, none at either end.
 */
export function cleanText(text: string): string {
  return nfc(text).replace(/\s+/g, ' ').trim();
}
