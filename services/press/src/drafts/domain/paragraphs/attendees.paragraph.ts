import { formatCount, joinList, personInProtocolOrder, sentence, unitInSentence } from '@tdkt/vietnamese';
import type { Delegate } from '../../../read-model/domain/attendee';
import type { Paragraph } from '../draft';

/** A press article names the leaders, not a hall of 300: the rest are counted. */
export const NAMED_DELEGATES = 25;

/** "Dự hội nghị có các đồng chí: Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; …" in protocol order. */
export function attendeesParagraph(delegates: Delegate[]): Paragraph | undefined {
  if (delegates.length === 0) return undefined;
  // "đồng chí" is for people; bodies invited as such follow as "đại diện …" (Sơn La 2024: "…; đại diện UBND các huyện, thành phố")
  const people = delegates.filter((d) => !d.collective);
  const bodies = delegates.filter((d) => d.collective).map((d) => unitInSentence(d.name));
  const named = people.slice(0, NAMED_DELEGATES);
  const rest = people.length - named.length;
  const names = named.map((d) => personInProtocolOrder(d.name, d.titles)).join('; ');
  const more = rest > 0 ? `; cùng ${formatCount(rest, 'đại biểu')} khác` : '';
  const lead = people.length === 1 ? 'Dự hội nghị có đồng chí' : 'Dự hội nghị có các đồng chí';
  const represented = bodies.length ? `đại diện ${joinList(bodies)}` : '';
  const text = people.length
    ? `${lead}: ${names}${more}${represented ? `; ${represented}` : ''}`
    : `Dự hội nghị có ${represented}`;
  return {
    role: 'attendees',
    text: sentence(text),
    sources: [...new Set(delegates.flatMap((d) => d.sources))].sort(),
  };
}
