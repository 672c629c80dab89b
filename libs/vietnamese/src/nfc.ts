/**
 * NFC normalisation. Vietnamese can be typed (or pasted from Word/PDF) either precomposed
 * ("ệ" = U+1EC7) or decomposed ("e" + U+0302 + U+0323); the two look identical but compare,
 * search and index differently. Every function in this library returns NFC.
 */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
