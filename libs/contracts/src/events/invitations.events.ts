import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { dateTime, enumOf, int, object, str, titles, uuid } from './json-schema';

/** Invitation events travel on `invitations.invitation.v1`, keyed by invitation id. */
export interface GuestRef {
  guestId: string;
  name: string;
  titles: string[];
  organization?: string;
  /** a collective (an exemplary unit) invited as a body, not a person ("đồng chí" is for people); absent for a person */
  kind?: 'person' | 'collective';
  /** protocol order computed by the invitations service: smaller comes first */
  precedence: number;
}

export interface InvitationSentData {
  invitationId: string;
  conferenceId: string;
  guest: GuestRef;
  /** a first invitation, an update (rescheduled: same ICS UID, higher SEQUENCE) or a cancellation */
  kind: 'invitation' | 'update' | 'cancellation';
  sequence: number;
  sentAt: string;
}

export interface RsvpChangedData {
  invitationId: string;
  conferenceId: string;
  guest: GuestRef;
  response: 'accepted' | 'declined' | 'substitute';
  /** "cử người dự thay": who attends instead */
  substitute?: { name: string; titles: string[] };
  respondedAt: string;
}

export interface AttendanceRecordedData {
  conferenceId: string;
  invitationId?: string;
  attendee: GuestRef;
  site: { kind: 'venue' | 'connection-point'; siteId?: string; name: string };
  checkedInAt: string;
  method: 'organizer' | 'qr';
}

const guest = object(
  {
    guestId: uuid,
    name: str(),
    titles,
    organization: str(),
    kind: enumOf(['person', 'collective']),
    precedence: int({ minimum: 0 }),
  },
  ['guestId', 'name', 'titles', 'precedence'],
);

export const InvitationSent = defineEvent<InvitationSentData>({
  type: 'invitations.invitation-sent.v1',
  topic: TOPICS.invitation,
  summary: 'An invitation (or its update or cancellation) was sent to a guest.',
  schema: object(
    {
      invitationId: uuid,
      conferenceId: uuid,
      guest,
      kind: enumOf(['invitation', 'update', 'cancellation']),
      sequence: int({ minimum: 0 }),
      sentAt: dateTime,
    },
    ['invitationId', 'conferenceId', 'guest', 'kind', 'sequence', 'sentAt'],
  ),
});

export const RsvpChanged = defineEvent<RsvpChangedData>({
  type: 'invitations.rsvp-changed.v1',
  topic: TOPICS.invitation,
  summary: 'A guest accepted, declined or named a substitute.',
  schema: object(
    {
      invitationId: uuid,
      conferenceId: uuid,
      guest,
      response: enumOf(['accepted', 'declined', 'substitute']),
      substitute: object({ name: str(), titles }, ['name', 'titles']),
      respondedAt: dateTime,
    },
    ['invitationId', 'conferenceId', 'guest', 'response', 'respondedAt'],
  ),
});

export const AttendanceRecorded = defineEvent<AttendanceRecordedData>({
  type: 'invitations.attendance-recorded.v1',
  topic: TOPICS.invitation,
  summary: 'A guest checked in at the venue or at a connection point (điểm cầu).',
  schema: object(
    {
      conferenceId: uuid,
      invitationId: uuid,
      attendee: guest,
      site: object({ kind: enumOf(['venue', 'connection-point']), siteId: uuid, name: str() }, ['kind', 'name']),
      checkedInAt: dateTime,
      method: enumOf(['organizer', 'qr']),
    },
    ['conferenceId', 'attendee', 'site', 'checkedInAt', 'method'],
  ),
});
