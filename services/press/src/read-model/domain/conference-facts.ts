import type {
  AgendaPublishedData, AgendaSegment, ConferenceCancelledData, ConferenceMilestoneData, ConferenceRescheduledData,
  ConferenceScheduledData, MovementLaunchedData, Venue,
} from '@tdkt/contracts';
import { isNewer, type Sourced } from './sourced';

/**
 * What the press knows of one conference, folded from agenda events in any order: each slot keeps
 * the fact that wins (the latest by event time, the highest agenda version), so a duplicate or a
 * late, older event changes nothing.
 */
export interface ConferenceFacts {
  conferenceId: string;
  scheduled?: Sourced<ConferenceScheduledData>;
  rescheduled?: Sourced<ConferenceRescheduledData>;
  cancelled?: Sourced<ConferenceCancelledData>;
  started?: Sourced<ConferenceMilestoneData>;
  concluded?: Sourced<ConferenceMilestoneData>;
  agenda?: Sourced<AgendaPublishedData>;
  movement?: Sourced<MovementLaunchedData>;
}

export type ConferenceSlot = Exclude<keyof ConferenceFacts, 'conferenceId'>;

/** Applies one fact; returns whether anything changed. */
export function applyConferenceFact<K extends ConferenceSlot>(facts: ConferenceFacts, slot: K, fact: NonNullable<ConferenceFacts[K]>): boolean {
  const current = facts[slot] as Sourced<unknown> | undefined;
  if (current?.eventId === fact.eventId) return false;
  const wins =
    slot === 'agenda'
      ? !current || (fact as Sourced<AgendaPublishedData>).data.version > (current as Sourced<AgendaPublishedData>).data.version
      : isNewer(fact, current);
  if (!wins) return false;
  facts[slot] = fact;
  return true;
}

/** The conference as it stands: the reschedule (if any) moves the time and may change the venue. */
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
  /** ids of the events the lead is written from */
  leadSources: string[];
}

export function conferenceView(f: ConferenceFacts): ConferenceView | undefined {
  const s = f.scheduled?.data;
  if (!s) return undefined;
  const moved = f.rescheduled && isNewer(f.rescheduled, f.scheduled) ? f.rescheduled : undefined;
  return {
    conferenceId: f.conferenceId,
    organizer: s.organizer,
    kind: s.kind,
    title: s.title,
    yearReviewed: s.yearReviewed,
    yearLaunched: s.yearLaunched,
    timeZone: s.timeZone,
    startsAt: moved?.data.startsAt ?? s.startsAt,
    format: s.format,
    venue: moved?.data.venue ?? s.venue,
    connectionPoints: s.connectionPoints ?? [],
    cancelled: !!f.cancelled,
    concluded: !!f.concluded,
    segments: [...(f.agenda?.data.segments ?? [])].sort((a, b) => a.order - b.order),
    leadSources: [f.scheduled!.eventId, ...(moved ? [moved.eventId] : [])],
  };
}
