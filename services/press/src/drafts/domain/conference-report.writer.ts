import { inProtocolOrder } from '../../read-model/domain/attendee';
import { tallyAwards } from '../../read-model/domain/award-tally';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import { clusterOf } from '../../read-model/domain/cluster-facts';
import { conferenceView } from '../../read-model/domain/conference-facts';
import { covenantView, type CovenantView } from '../../read-model/domain/covenant-facts';
import type { DraftContent, Paragraph } from './draft';
import { attendeesParagraph } from './paragraphs/attendees.paragraph';
import { awardsParagraph } from './paragraphs/awards.paragraph';
import { captionParagraphs } from './paragraphs/captions.paragraph';
import { clusterLeadersParagraph, clusterMembersParagraph } from './paragraphs/cluster.paragraphs';
import { connectionPointsParagraph } from './paragraphs/connection-points.paragraph';
import { covenantParagraph } from './paragraphs/covenant.paragraph';
import { handoverParagraph } from './paragraphs/handover.paragraph';
import { leadParagraph } from './paragraphs/lead.paragraph';
import { themeParagraph } from './paragraphs/theme.paragraph';
import { announcedResultsParagraph } from './paragraphs/announced-results.paragraph';
import { presentationsParagraph } from './paragraphs/presentations.paragraph';
import { prizesParagraph } from './paragraphs/prizes.paragraph';
import { resultsParagraph } from './paragraphs/results.paragraph';
import { speechParagraphs } from './paragraphs/speech.paragraph';
import { reportTitle } from './report-title';

/**
 * The full conference report (docs/domain.md#article-structure): title, lead, connection points, attendees in
 * protocol order, the results and speeches entered by the organizer, the movement's theme, the award counts, the prizes, the covenants, the cluster's
 * members and its head and deputy (elected, handed over), photo captions. Undefined while the conference itself is unknown (its facts wait).
 */
export function writeConferenceReport(file: ConferenceFile): DraftContent | undefined {
  const c = conferenceView(file.conference);
  if (!c) return undefined;
  const delegates = inProtocolOrder(file.attendees);
  const awards = tallyAwards(file.awards);
  const covenants = file.covenants
    .map(covenantView)
    .filter((v): v is CovenantView => !!v)
    .sort((a, b) => a.title.localeCompare(b.title, 'vi') || a.covenantId.localeCompare(b.covenantId));
  const agendaEventId = file.conference.agenda?.eventId;
  const attendees = attendeesParagraph(delegates);
  const cluster = clusterOf(c, file.clusters);
  const leaders = clusterLeadersParagraph(c, cluster);
  const paragraphs: (Paragraph | undefined)[] = [
    leadParagraph(c),
    clusterMembersParagraph(c, cluster),
    connectionPointsParagraph(c, c.leadSources),
    attendees,
    // what was said and done, only as the organizer entered it (agenda's ceremony facts)
    resultsParagraph(file.ceremony, c.yearReviewed),
    announcedResultsParagraph(file.ceremony),
    presentationsParagraph(file.ceremony),
    ...speechParagraphs(file.ceremony),
    themeParagraph(file.conference.movement),
    awardsParagraph(awards, 'Nhân dịp này', file.decisions.map((d) => d.eventId).sort()),
    prizesParagraph(file.ceremony),
    ...covenants.map(covenantParagraph),
    // the leaders covenants recorded; the programme's handover segment only when they say nothing
    leaders ?? handoverParagraph(c.segments, agendaEventId),
    ...captionParagraphs({
      organizerName: c.organizer.name,
      segments: c.segments,
      agendaEventId,
      awards,
      movement: file.conference.movement,
      covenants,
      hasAttendees: !!attendees,
      attendeeSources: attendees?.sources ?? [],
      ceremony: file.ceremony,
    }),
  ];
  return {
    title: reportTitle(c.organizer.name, c.kind, c.yearReviewed, c.title),
    paragraphs: paragraphs.filter((p): p is Paragraph => !!p),
  };
}
