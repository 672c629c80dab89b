/**
 * Search key without case or diacritics: "Hà Giang" → "ha giang", "Đoàn kết" → "doan ket",
 * so users find "Đoàn" by typing "doan". Not for display: it is lossy by design.
 * đ/Đ is a letter of its own, not d + a mark, so NFD leaves it: it is mapped explicitly.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}
