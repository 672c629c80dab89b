/**
 * What covenants knows of a conference from the agenda's events. Events may arrive in any order
 * (a reschedule before the schedule it changes): times are taken from the newest event that
 * carries them, by the event's own time; a cancellation is final whatever comes after it.
 */
export interface ConferenceView {
  id: string;
  title?: string;
  organizer?: string;
  startsAt?: Date;
  endsAt?: Date;
  venue?: string;
  timesAsOf?: Date;
  cancelled?: { at: Date; reason: string };
}

export interface Timing {
  startsAt: Date;
  endsAt: Date;
  venue?: string;
  /** when the agenda decided it (the event's time) */
  asOf: Date;
}

export function applyScheduled(c: ConferenceView, s: { title: string; organizer: string } & Timing): ConferenceView {
  return applyTiming({ ...c, title: s.title, organizer: s.organizer }, s);
}

export function applyTiming(c: ConferenceView, t: Timing): ConferenceView {
  // an older event only fills what the newer one did not say (a reschedule may omit the venue)
  if (c.timesAsOf && c.timesAsOf >= t.asOf) return { ...c, venue: c.venue ?? t.venue };
  return { ...c, startsAt: t.startsAt, endsAt: t.endsAt, venue: t.venue ?? c.venue, timesAsOf: t.asOf };
}

export function applyCancelled(c: ConferenceView, at: Date, reason: string): ConferenceView {
  return c.cancelled ? c : { ...c, cancelled: { at, reason } };
}

export type ConferenceStatus = 'scheduled' | 'cancelled' | 'unknown';

export const conferenceStatus = (c: ConferenceView | undefined): ConferenceStatus =>
  !c ? 'unknown' : c.cancelled ? 'cancelled' : c.startsAt ? 'scheduled' : 'unknown';
