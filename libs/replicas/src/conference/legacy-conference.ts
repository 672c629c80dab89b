import type { Venue } from '@tdkt/contracts';
import type { Sourced } from '../sourced';
import type { ConferenceReplica, ScheduleFacts } from './conference-replica';

/** What a conference row knew before it kept a replica: its columns, in the replica's words. */
export interface LegacyConference {
  conferenceId: string;
  /** the part of the schedule the row kept (a service kept only what it showed) */
  schedule?: Partial<ScheduleFacts>;
  startsAt?: Date;
  endsAt?: Date;
  venue?: Venue;
  /** when the agenda decided the time the row holds */
  timesAsOf?: Date;
  cancelled?: { at: Date; reason: string };
}

const START_OF_TIME = new Date(0);

/**
 * The replica of a row written before replicas, its facts counted as old: the time and venue as of
 * `timesAsOf`, the schedule from the start of time, the cancellation at its own time; no event id.
 * Any event still to come wins over them (and the cancellation stays). Undefined when the row knew
 * nothing (a conference known by id only).
 */
export function legacyConferenceReplica(row: LegacyConference): ConferenceReplica | undefined {
  const old = <T>(data: T, at: Date = START_OF_TIME): Sourced<T> => ({ data, eventId: '', time: at.toISOString() });
  const { conferenceId, schedule, startsAt, endsAt, venue, timesAsOf, cancelled } = row;
  const replica: ConferenceReplica = {
    conferenceId,
    ...(schedule?.title ? { schedule: old({ ...schedule, conferenceId } as ScheduleFacts) } : {}),
    ...(startsAt && endsAt
      ? { timing: old({ startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }, timesAsOf) }
      : {}),
    ...(venue ? { venue: old(venue, timesAsOf) } : {}),
    ...(cancelled
      ? {
          cancelled: old(
            { conferenceId, reason: cancelled.reason, cancelledAt: cancelled.at.toISOString() },
            cancelled.at,
          ),
        }
      : {}),
  };
  return Object.keys(replica).length > 1 ? replica : undefined;
}
