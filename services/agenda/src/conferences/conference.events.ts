import type {
  AgendaPublishedData,
  ConferenceCancelledData,
  ConferenceMilestoneData,
  ConferenceRescheduledData,
  ConferenceScheduledData,
  MovementLaunchedData,
} from '@tdkt/contracts';
import type { Conference } from './domain/conference';
import type { Movement, VenueRef } from './domain/conference.types';
import { isTimed, type Segment } from './domain/segment';

/** What the agenda tells the rest of the platform, in the words of libs/contracts. */
const venueData = (v?: VenueRef) =>
  v ? { venue: { name: v.name, ...(v.address ? { address: v.address } : {}) } } : {};
const person = (p: { name: string; titles: string[] }) => ({ name: p.name, titles: p.titles });

export function conferenceScheduledData(c: Conference): ConferenceScheduledData {
  const s = c.snapshot;
  return {
    conferenceId: s.id,
    organizer: {
      ...(s.organizer.organizationId ? { organizationId: s.organizer.organizationId } : {}),
      name: s.organizer.name,
    },
    kind: s.kind,
    title: s.title,
    yearReviewed: s.yearReviewed,
    yearLaunched: s.yearLaunched,
    timeZone: s.timeZone,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    format: s.format,
    ...venueData(s.venue),
    ...(s.connectionPoints.length
      ? {
          connectionPoints: s.connectionPoints.map((p) => ({
            connectionPointId: p.id,
            hostUnit: p.hostUnit,
            location: p.location,
            ...(p.expectedAttendees !== undefined ? { expectedAttendees: p.expectedAttendees } : {}),
          })),
        }
      : {}),
  };
}

export function conferenceRescheduledData(
  c: Conference,
  previous: { previousStartsAt: Date; previousEndsAt: Date },
  reason: string,
): ConferenceRescheduledData {
  const s = c.snapshot;
  return {
    conferenceId: s.id,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    previousStartsAt: previous.previousStartsAt.toISOString(),
    previousEndsAt: previous.previousEndsAt.toISOString(),
    reason,
    ...venueData(s.venue),
  };
}

export function conferenceCancelledData(c: Conference): ConferenceCancelledData {
  const s = c.snapshot;
  return { conferenceId: s.id, reason: s.cancellation!.reason, cancelledAt: s.cancellation!.at.toISOString() };
}

export const milestoneData = (c: Conference, at: Date): ConferenceMilestoneData => ({
  conferenceId: c.id,
  at: at.toISOString(),
});

export function agendaPublishedData(c: Conference, version: number, segments: readonly Segment[]): AgendaPublishedData {
  return {
    conferenceId: c.id,
    version,
    segments: segments.filter(isTimed).map((x) => ({
      segmentId: x.id,
      order: x.order,
      kind: x.kind,
      title: x.title,
      startsAt: x.startsAt.toISOString(),
      endsAt: x.endsAt.toISOString(),
      presenters: x.presenters.map(person),
      status: x.status,
    })),
  };
}

export function movementLaunchedData(c: Conference, m: Movement): MovementLaunchedData {
  return {
    conferenceId: c.id,
    year: m.year,
    theme: m.theme,
    ...(m.movementName ? { movementName: m.movementName } : {}),
    launchedBy: person(m.launchedBy),
  };
}
