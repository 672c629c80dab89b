import type { AttendanceRecordedData, GuestRef, InvitationSentData, RsvpChangedData } from '@tdkt/contracts';
import { clusterRoleOrder, compareVietnamese } from '@tdkt/vietnamese';
import { isNewer, type Sourced } from './sourced';

/** One guest of one conference, folded from invitation events in any order. */
export interface AttendeeFacts {
  conferenceId: string;
  guestId: string;
  /** the guest as named by the newest event (titles change) */
  guest: Sourced<GuestRef>;
  rsvp?: Sourced<Pick<RsvpChangedData, 'response' | 'substitute'>>;
  /** a cancelled invitation (the guest no longer expected), unless an answer came after it */
  cancellation?: Sourced<{ sentAt: string }>;
  checkIn?: Sourced<Pick<AttendanceRecordedData, 'site' | 'checkedInAt'>>;
}

export function newAttendee(conferenceId: string, guest: Sourced<GuestRef>): AttendeeFacts {
  return { conferenceId, guestId: guest.data.guestId, guest };
}

function updateGuest(a: AttendeeFacts, guest: Sourced<GuestRef>): boolean {
  if (!isNewer(guest, a.guest)) return false;
  a.guest = guest;
  return true;
}

/** An RSVP: the answer given last (by its own time) wins. */
export function applyRsvp(a: AttendeeFacts, e: Sourced<RsvpChangedData>): boolean {
  const guestChanged = updateGuest(a, { ...e, data: e.data.guest });
  const fact = {
    eventId: e.eventId,
    time: e.data.respondedAt,
    data: { response: e.data.response, substitute: e.data.substitute },
  };
  if (a.rsvp?.eventId === e.eventId || !isNewer(fact, a.rsvp)) return guestChanged;
  a.rsvp = fact;
  return true;
}

export function applyInvitation(a: AttendeeFacts, e: Sourced<InvitationSentData>): boolean {
  const guestChanged = updateGuest(a, { ...e, data: e.data.guest });
  if (e.data.kind !== 'cancellation') return guestChanged;
  const fact = { eventId: e.eventId, time: e.data.sentAt, data: { sentAt: e.data.sentAt } };
  if (a.cancellation?.eventId === e.eventId || !isNewer(fact, a.cancellation)) return guestChanged;
  a.cancellation = fact;
  return true;
}

/** A check-in: the first one counts (a second scan at another door changes nothing). */
export function applyAttendance(a: AttendeeFacts, e: Sourced<AttendanceRecordedData>): boolean {
  const guestChanged = updateGuest(a, { ...e, data: e.data.attendee });
  const fact = {
    eventId: e.eventId,
    time: e.data.checkedInAt,
    data: { site: e.data.site, checkedInAt: e.data.checkedInAt },
  };
  if (a.checkIn && (a.checkIn.eventId === e.eventId || isNewer(fact, a.checkIn) || fact.time === a.checkIn.time))
    return guestChanged;
  a.checkIn = fact;
  return true;
}

/** Who is at the conference for the press: checked in, or accepted (or sent a substitute) and not cancelled since. */
export function attends(a: AttendeeFacts): boolean {
  if (a.checkIn) return true;
  if (!a.rsvp || a.rsvp.data.response === 'declined') return false;
  return !a.cancellation || isNewer(a.rsvp, a.cancellation);
}

export interface Delegate {
  name: string;
  titles: string[];
  precedence: number;
  /** a body invited as such (an exemplary unit): named apart from "các đồng chí" */
  collective?: boolean;
  sources: string[];
}

/** The person the press names: the guest, or the substitute who came instead (at the guest's place in protocol order). */
export function delegateOf(a: AttendeeFacts): Delegate {
  const sub = a.rsvp?.data.response === 'substitute' ? a.rsvp.data.substitute : undefined;
  const sources = [a.guest.eventId, a.rsvp?.eventId, a.checkIn?.eventId].filter((x): x is string => !!x);
  return {
    name: sub?.name ?? a.guest.data.name,
    titles: sub?.titles ?? a.guest.data.titles,
    precedence: a.guest.data.precedence,
    // a person sent by a body is a person
    ...(!sub && a.guest.data.kind === 'collective' ? { collective: true } : {}),
    sources: [...new Set(sources)],
  };
}

/**
 * Protocol order (docs/domain.md#protocol-order): the precedence the invitations service computed; at
 * equal rank the cluster head before the deputy (as their titles say), then the name (Vietnamese collation).
 */
export function inProtocolOrder(attendees: AttendeeFacts[]): Delegate[] {
  return attendees
    .filter(attends)
    .map(delegateOf)
    .sort(
      (x, y) =>
        x.precedence - y.precedence ||
        clusterRoleOrder(x.titles) - clusterRoleOrder(y.titles) ||
        compareVietnamese(x.name, y.name),
    );
}
