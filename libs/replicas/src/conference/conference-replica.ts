import {
  AgendaPublished,
  ConferenceCancelled,
  ConferenceConcluded,
  ConferenceRescheduled,
  ConferenceScheduled,
  ConferenceStarted,
  MovementLaunched,
  type AgendaPublishedData,
  type ConferenceCancelledData,
  type ConferenceMilestoneData,
  type ConferenceRescheduledData,
  type ConferenceScheduledData,
  type EventDefinition,
  type MovementLaunchedData,
  type Venue,
} from '@tdkt/contracts';
import { compareSources, isNewer, type Source, type Sourced } from '../sourced';

/** What the schedule says besides its time and place (those are groups of their own). */
export type ScheduleFacts = Omit<ConferenceScheduledData, 'startsAt' | 'endsAt' | 'venue'>;

export interface ConferenceTiming {
  startsAt: string;
  endsAt: string;
}

/**
 * The latest facts of one agenda conference, folded from its events in any order. Each group
 * keeps the fact that wins and the event it came from:
 * - `schedule`: the latest `conference-scheduled` (organizer, kind, title, years, time zone,
 *   format, connection points);
 * - `timing`: the latest `conference-scheduled` or `conference-rescheduled` — a reschedule that
 *   arrives before the schedule keeps its time, and the schedule completes the rest;
 * - `venue`: the latest `conference-scheduled` or `conference-rescheduled` that names a venue. An
 *   event without one says nothing about the place (the agenda always sends the current venue;
 *   a conference without one, online, has none in any event);
 * - `cancelled`: final — the earliest `conference-cancelled`; nothing that arrives later undoes
 *   it (later facts still update the other groups);
 * - `started`, `concluded`, `movement`: the latest of each;
 * - `agenda`: the highest version (at the same version, the latest event).
 * "Latest" is by the event's `time`, then its id (`compareSources`).
 */
export interface ConferenceReplica {
  conferenceId: string;
  schedule?: Sourced<ScheduleFacts>;
  timing?: Sourced<ConferenceTiming>;
  venue?: Sourced<Venue>;
  cancelled?: Sourced<ConferenceCancelledData>;
  started?: Sourced<ConferenceMilestoneData>;
  concluded?: Sourced<ConferenceMilestoneData>;
  agenda?: Sourced<AgendaPublishedData>;
  movement?: Sourced<MovementLaunchedData>;
}

/** The part of a CloudEvent the fold reads. */
export interface ConferenceEvent {
  id: string;
  type: string;
  time: string;
  data: unknown;
}

/** The agenda events the fold reads; any other type changes nothing. */
export const CONFERENCE_EVENTS = [
  ConferenceScheduled,
  ConferenceRescheduled,
  ConferenceCancelled,
  ConferenceStarted,
  ConferenceConcluded,
  AgendaPublished,
  MovementLaunched,
] as EventDefinition<unknown>[];

type Groups = Omit<ConferenceReplica, 'conferenceId'>;

/**
 * Folds one event into the replica (a new object; `undefined` is a conference not seen yet).
 * Order-insensitive and idempotent: every permutation of the same events, duplicates included,
 * gives the same replica. When the event changes nothing the very `state` object is returned, so
 * `next !== state` tells a caller whether to save.
 */
export function applyConferenceEvent(state: ConferenceReplica | undefined, event: ConferenceEvent): ConferenceReplica {
  const { conferenceId } = event.data as { conferenceId: string };
  if (state && state.conferenceId !== conferenceId) {
    throw new Error(`event ${event.id} is about conference ${conferenceId}, not ${state.conferenceId}`);
  }
  const current = state ?? { conferenceId };
  const changed = winners(current, event, { eventId: event.id, time: event.time });
  return Object.keys(changed).length ? { ...current, ...changed } : current;
}

function winners(c: ConferenceReplica, e: ConferenceEvent, source: Source): Groups {
  const fact = <T>(data: T): Sourced<T> => ({ data, ...source });
  switch (e.type) {
    case ConferenceScheduled.type: {
      const { startsAt, endsAt, venue, ...schedule } = e.data as ConferenceScheduledData;
      return only({
        schedule: later(c.schedule, fact(schedule)),
        timing: later(c.timing, fact({ startsAt, endsAt })),
        venue: venue && later(c.venue, fact(venue)),
      });
    }
    case ConferenceRescheduled.type: {
      const { startsAt, endsAt, venue } = e.data as ConferenceRescheduledData;
      return only({ timing: later(c.timing, fact({ startsAt, endsAt })), venue: venue && later(c.venue, fact(venue)) });
    }
    case ConferenceCancelled.type:
      return only({ cancelled: earlier(c.cancelled, fact(e.data as ConferenceCancelledData)) });
    case ConferenceStarted.type:
      return only({ started: later(c.started, fact(e.data as ConferenceMilestoneData)) });
    case ConferenceConcluded.type:
      return only({ concluded: later(c.concluded, fact(e.data as ConferenceMilestoneData)) });
    case AgendaPublished.type:
      return only({ agenda: higherVersion(c.agenda, fact(e.data as AgendaPublishedData)) });
    case MovementLaunched.type:
      return only({ movement: later(c.movement, fact(e.data as MovementLaunchedData)) });
    default:
      return {};
  }
}

/** The candidate when it wins over the current fact, else undefined (nothing to change). */
const later = <T>(current: Sourced<T> | undefined, candidate: Sourced<T>) =>
  isNewer(candidate, current) ? candidate : undefined;

const earlier = <T>(current: Sourced<T> | undefined, candidate: Sourced<T>) =>
  !current || compareSources(candidate, current) < 0 ? candidate : undefined;

function higherVersion(current: Sourced<AgendaPublishedData> | undefined, candidate: Sourced<AgendaPublishedData>) {
  if (!current || candidate.data.version > current.data.version) return candidate;
  return candidate.data.version === current.data.version ? later(current, candidate) : undefined;
}

/** Only the groups that changed. */
function only(groups: Groups): Groups {
  return Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined));
}
