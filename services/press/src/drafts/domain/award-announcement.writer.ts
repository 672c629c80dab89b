import { leadDate, sentence, unitInSentence } from '@tdkt/vietnamese';
import { decisionsInOrder, tallyAwards } from '../../read-model/domain/award-tally';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import { conferenceView } from '../../read-model/domain/conference-facts';
import type { DraftContent, Paragraph } from './draft';
import { awardsParagraph } from './paragraphs/awards.paragraph';
import { captionParagraphs } from './paragraphs/captions.paragraph';
import { decisionsParagraph } from './paragraphs/decisions.paragraph';
import { conferenceNameAfter } from './paragraphs/lead.paragraph';
import { awardsTitle } from './report-title';

/**
 * The award announcement of a conference: where and when the awards are presented, under which
 * decisions, the counts per award (highest rank first), caption suggestions. Undefined until both
 * the conference and at least one award (not revoked) are known.
 */
export function writeAwardAnnouncement(file: ConferenceFile): DraftContent | undefined {
  const c = conferenceView(file.conference);
  const groups = tallyAwards(file.awards);
  if (!c || groups.length === 0) return undefined;
  const decisions = decisionsInOrder(file.decisions);
  const when = leadDate(c.startsAt, { timeZone: c.timeZone });
  const where = c.venue ? `, tại ${unitInSentence(c.venue.name)}` : '';
  // what was given, by the law's two families: "danh hiệu thi đua" only when one was
  const titles = groups.some((g) => g.awardType.family === 'emulation-title');
  const forms = groups.some((g) => g.awardType.family !== 'emulation-title');
  const what =
    titles && forms
      ? 'các danh hiệu thi đua, hình thức khen thưởng'
      : titles
        ? 'các danh hiệu thi đua'
        : 'các hình thức khen thưởng';
  const lead: Paragraph = {
    role: 'lead',
    text: sentence(
      `${when}${where}, ${unitInSentence(c.organizer.name)} tổ chức ${conferenceNameAfter(c.organizer.name, c.title)}, trao ${what} cho các tập thể, cá nhân có thành tích xuất sắc`,
    ),
    sources: c.leadSources,
  };
  const paragraphs = [
    lead,
    decisionsParagraph(decisions),
    awardsParagraph(groups, 'Theo đó'),
    ...captionParagraphs({
      organizerName: c.organizer.name,
      segments: c.segments,
      agendaEventId: file.conference.agenda?.eventId,
      awards: groups,
      covenants: [],
      hasAttendees: false,
      attendeeSources: [],
    }),
  ];
  return {
    title: awardsTitle(c.organizer.name, c.yearReviewed),
    paragraphs: paragraphs.filter((p): p is Paragraph => !!p),
  };
}
