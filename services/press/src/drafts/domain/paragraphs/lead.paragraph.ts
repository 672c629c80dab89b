import { foldDiacritics, leadDate, sentence, unitInSentence } from '@tdkt/vietnamese';
import type { ConferenceView } from '../../../read-model/domain/conference-facts';
import type { Paragraph } from '../draft';

/**
 * The conference's name after its organizer in a lead: a cluster's suggested name ends with the
 * cluster ("Hội nghị tổng kết … năm 2023 Cụm thi đua …"), which the lead already names as the
 * subject, so it is said once: "Cụm thi đua … tổ chức Hội nghị tổng kết … năm 2023".
 */
export function conferenceNameAfter(organizerName: string, title: string): string {
  const org = foldDiacritics(organizerName.normalize('NFC').trim());
  const t = title.normalize('NFC').trim();
  if (org === '') return t;
  // folding keeps one letter for one letter in NFC Vietnamese, so offsets carry over
  const at = foldDiacritics(t).indexOf(` ${org}`);
  if (at <= 0) return t;
  return `${t.slice(0, at)}${t.slice(at + org.length + 1)}`.replace(/\s+/g, ' ').trim();
}

/** "Sáng 27/12, tại Hội trường …, UBND tỉnh Hà Giang tổ chức Hội nghị tổng kết …" (docs/domain.md#article-structure, item 2); "Ngày 29/2, …" when no time of day was entered. */
export function leadParagraph(c: ConferenceView): Paragraph {
  const when = leadDate(c.startsAt, { timeZone: c.timeZone });
  // names as entered may capitalise the unit noun ("UBND Tỉnh Hà Giang"): inside the sentence it is lower case
  const where = c.venue ? `, tại ${unitInSentence(c.venue.name)}` : '';
  return {
    role: 'lead',
    text: sentence(
      `${when}${where}, ${unitInSentence(c.organizer.name)} tổ chức ${conferenceNameAfter(c.organizer.name, c.title)}`,
    ),
    sources: c.leadSources,
  };
}
