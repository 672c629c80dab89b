import { cleanText } from './clean-text';
import { nfc } from './nfc';

// Clean the text and shed stray separators an editor left at either end
// ("Chủ tịch HĐND tỉnh," or ", Chủ tịch …"), so joining never yields ", ," or ",,".
function clean(part: string): string {
  return cleanText(part).replace(/^[\s,;]+|[\s,;]+$/g, '');
}

/**
 * A person followed by their titles, as in attendee lists and captions (docs/domain.md#protocol-order, #article-structure):
 * "Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh".
 * Empty titles are dropped; titles keep the given order (protocol order is the caller's concern).
 */
export function personWithTitles(name: string, titles: readonly string[] = []): string {
  return [name, ...titles]
    .map(clean)
    .filter((p) => p !== '')
    .join(', ');
}

/**
 * "A, B và C" / "A và B" / "A" / "". No comma before the conjunction, as in Vietnamese.
 * conjunction may be "hoặc" for alternatives.
 */
export function joinList(items: readonly string[], conjunction = 'và'): string {
  const parts = items.map(clean).filter((p) => p !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${nfc(conjunction.trim())} ${parts[parts.length - 1]}`;
}
