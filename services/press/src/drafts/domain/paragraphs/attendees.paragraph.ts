import { formatCount, personWithTitles, sentence } from '@tdkt/vietnamese';
import type { Delegate } from '../../../read-model/domain/attendee';
import type { Paragraph } from '../draft';

/** A press article names the leaders, not a hall of 300: the rest are counted. */
export const NAMED_DELEGATES = 25;

/** "Dự hội nghị có các đồng chí: Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; …" in protocol order. */
export function attendeesParagraph(delegates: Delegate[]): Paragraph | undefined {
  if (delegates.length === 0) return undefined;
  const named = delegates.slice(0, NAMED_DELEGATES);
  const rest = delegates.length - named.length;
  const names = named.map((d) => personWithTitles(d.name, d.titles)).join('; ');
  const more = rest > 0 ? `; cùng ${formatCount(rest, 'đại biểu')} khác` : '';
  const lead = delegates.length === 1 ? 'Dự hội nghị có đồng chí' : 'Dự hội nghị có các đồng chí';
  return {
    role: 'attendees',
    text: sentence(`${lead}: ${names}${more}`),
    sources: [...new Set(delegates.flatMap((d) => d.sources))].sort(),
  };
}
