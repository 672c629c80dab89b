import type { ConferenceReplica } from '@tdkt/replicas';

/**
 * What covenants shows of a conference, from the agenda's events. They may arrive in any order
 * (a reschedule before the schedule it changes): they are folded into the conference's replica
 * (`@tdkt/replicas`), which decides what wins; this is the part of it a covenant shows.
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

export function conferenceView(r: ConferenceReplica): ConferenceView {
  const date = (iso: string | undefined) => (iso === undefined ? undefined : new Date(iso));
  return {
    id: r.conferenceId,
    title: r.schedule?.data.title,
    organizer: r.schedule?.data.organizer.name,
    startsAt: date(r.timing?.data.startsAt),
    endsAt: date(r.timing?.data.endsAt),
    venue: r.venue?.data.name,
    timesAsOf: date(r.timing?.time),
    cancelled: r.cancelled && { at: new Date(r.cancelled.data.cancelledAt), reason: r.cancelled.data.reason },
  };
}

export type ConferenceStatus = 'scheduled' | 'cancelled' | 'unknown';

export const conferenceStatus = (c: ConferenceView | undefined): ConferenceStatus =>
  !c ? 'unknown' : c.cancelled ? 'cancelled' : c.startsAt ? 'scheduled' : 'unknown';
