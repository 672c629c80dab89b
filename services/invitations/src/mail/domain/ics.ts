import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ScheduledConference } from '../../conferences/domain/conference';

export interface IcsInput {
  /** stable per invitation: every update and the cancellation replace the same calendar entry */
  uid: string;
  /** grows with each update; a calendar ignores a message with a lower one */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  conference: ScheduledConference;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  description?: string;
  /** DTSTAMP: when this version was made */
  stamp: Date;
}

/** iCalendar (RFC 5545/5546): METHOD:REQUEST for an invitation or its update, METHOD:CANCEL to remove it. */
export function buildIcs(i: IcsInput): string {
  const cal = ical({
    prodId: { company: 'tdkt', product: 'invitations', language: 'VI' },
    method: i.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
  });
  const c = i.conference;
  const location = [c.venue?.name, c.venue?.address].filter(Boolean).join(', ');
  cal.createEvent({
    id: i.uid,
    sequence: i.sequence,
    stamp: i.stamp,
    start: c.startsAt,
    end: c.endsAt,
    summary: c.title,
    ...(location ? { location } : {}),
    ...(i.description ? { description: i.description } : {}),
    status: i.method === 'REQUEST' ? ICalEventStatus.CONFIRMED : ICalEventStatus.CANCELLED,
    organizer: { name: i.organizer.name, email: i.organizer.email },
    // answers come through the signed links in the mail, not as iMIP replies to a no-reply address
    attendees: [
      {
        name: i.attendee.name,
        email: i.attendee.email,
        rsvp: false,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
  return cal.toString();
}
