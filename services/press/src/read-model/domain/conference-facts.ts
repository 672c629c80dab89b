import type { AgendaSegment, ConferenceScheduledData, Venue } from '@tdkt/contracts';
import type { ConferenceReplica } from '@tdkt/replicas';

/**
 * What the press knows of one conference: the replica of the agenda's facts (`@tdkt/replicas`),
 * folded from its events in any order, each fact with the event it came from.
 */
export type ConferenceFacts = ConferenceReplica;

/** The conference as it stands, once scheduled. */
export interface ConferenceView {
  conferenceId: string;
  organizer: { organizationId?: string; name: string };
  kind: ConferenceScheduledData['kind'];
  title: string;
  yearReviewed: number;
  yearLaunched: number;
  timeZone: string;
  startsAt: string;
  format: ConferenceScheduledData['format'];
  venue?: Venue;
  connectionPoints: NonNullable<ConferenceScheduledData['connectionPoints']>;
  cancelled: boolean;
  concluded: boolean;
  segments: AgendaSegment[];
  /** ids of the events the lead is written from: the schedule, and what moved its time or place */
  leadSources: string[];
}

export function conferenceView(f: ConferenceFacts): ConferenceView | undefined {
  const s = f.schedule;
  if (!s || !f.timing) return undefined;
  return {
    conferenceId: f.conferenceId,
    organizer: s.data.organizer,
    kind: s.data.kind,
    title: s.data.title,
    yearReviewed: s.data.yearReviewed,
    yearLaunched: s.data.yearLaunched,
    timeZone: s.data.timeZone,
    startsAt: f.timing.data.startsAt,
    format: s.data.format,
    venue: f.venue?.data,
    connectionPoints: s.data.connectionPoints ?? [],
    cancelled: !!f.cancelled,
    concluded: !!f.concluded,
    segments: [...(f.agenda?.data.segments ?? [])].sort((a, b) => a.order - b.order),
    leadSources: [...new Set([s.eventId, f.timing.eventId, ...(f.venue ? [f.venue.eventId] : [])])],
  };
}
