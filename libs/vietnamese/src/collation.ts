import { nfc } from './nfc';

/**
 * Vietnamese dictionary order from ICU's "vi" tailoring: A < Ă < Â, D < Đ, E < Ê, O < Ô < Ơ,
 * U < Ư, tones compared after letters. Code-point order (Array.prototype.sort) puts "Đ", "Ă", "Â"
 * after "Z"; "en" collation treats Đ as D and Ă/Â as A.
 * numeric: "Khối 2" before "Khối 10", as people expect from numbered clusters and blocs.
 */
export const vietnameseCollator = new Intl.Collator('vi', { numeric: true });

export function compareVietnamese(a: string, b: string): number {
  // ICU collation is canonically equivalent, but NFC first keeps results independent of input form
  return vietnameseCollator.compare(nfc(a), nfc(b));
}

/**
 * A sorted copy (the input is left as it is), stable for equal keys.
 * key picks the text to sort by: sortVietnamese(people, (p) => p.fullName).
 */
export function sortVietnamese<T>(items: readonly T[], key?: (item: T) => string): T[] {
  const keyOf = key ?? ((item: T) => String(item));
  // decorate once: the key function and NFC run n times, not n log n
  return items
    .map((item, index) => ({ item, index, k: nfc(keyOf(item)) }))
    .sort((x, y) => vietnameseCollator.compare(x.k, y.k) || x.index - y.index)
    .map((x) => x.item);
}
