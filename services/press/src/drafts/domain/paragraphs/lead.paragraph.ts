import { pressDate, sentence } from '@tdkt/vietnamese';
import type { ConferenceView } from '../../../read-model/domain/conference-facts';
import type { Paragraph } from '../draft';

/** "Sáng 27/12, tại Hội trường …, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết …" (docs/domain.md#article-structure, item 2). */
export function leadParagraph(c: ConferenceView): Paragraph {
  const when = pressDate(c.startsAt, { withTimeOfDay: true, timeZone: c.timeZone });
  const where = c.venue ? `, tại ${c.venue.name}` : '';
  return {
    role: 'lead',
    text: sentence(`${when}${where}, ${c.organizer.name} tổ chức ${c.title}`),
    sources: c.leadSources,
  };
}
