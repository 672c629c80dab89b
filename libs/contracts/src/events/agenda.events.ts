import { TOPICS } from '../topics';
import { defineEvent } from './event-definition';
import { arrayOf, dateTime, enumOf, int, object, person, str, uuid } from './json-schema';

/** Agenda events travel on `agenda.conference.v1`, keyed by conference id. */
export const CONFERENCE_KINDS = ['provincial-review', 'cluster-review', 'mid-year-review', 'other'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type ConferenceFormat = (typeof CONFERENCE_FORMATS)[number];
/** The typed agenda segments of docs/domain.md#agenda-segments, in their usual order. */
export const SEGMENT_KINDS = [
  'opening',
  'review-report',
  'discussion',
  'award-decisions',
  'award-presentation',
  'movement-launch',
  'covenant-signing',
  'cluster-head-handover',
  'directing-speech',
  'closing',
] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export interface PersonRef {
  name: string;
  titles: string[];
}

export interface Venue {
  name: string;
  address?: string;
}

export interface ConnectionPoint {
  connectionPointId: string;
  hostUnit: string;
  location: string;
  expectedAttendees?: number;
}

export interface ConferenceScheduledData {
  conferenceId: string;
  organizer: { organizationId?: string; name: string };
  kind: ConferenceKind;
  title: string;
  yearReviewed: number;
  yearLaunched: number;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  format: ConferenceFormat;
  venue?: Venue;
  connectionPoints?: ConnectionPoint[];
}

export interface ConferenceRescheduledData {
  conferenceId: string;
  startsAt: string;
  endsAt: string;
  previousStartsAt: string;
  previousEndsAt: string;
  reason: string;
  venue?: Venue;
}

export interface ConferenceCancelledData {
  conferenceId: string;
  reason: string;
  cancelledAt: string;
}

export interface ConferenceMilestoneData {
  conferenceId: string;
  at: string;
}

export interface AgendaSegment {
  segmentId: string;
  order: number;
  kind: SegmentKind;
  title: string;
  startsAt: string;
  endsAt: string;
  presenters: PersonRef[];
  status: 'planned' | 'done' | 'skipped';
}

export interface AgendaPublishedData {
  conferenceId: string;
  version: number;
  segments: AgendaSegment[];
}

export interface MovementLaunchedData {
  conferenceId: string;
  year: number;
  theme: string;
  movementName?: string;
  launchedBy: PersonRef;
}

const venue = object({ name: str(), address: str() }, ['name']);
const connectionPoint = object(
  { connectionPointId: uuid, hostUnit: str(), location: str(), expectedAttendees: int({ minimum: 0 }) },
  ['connectionPointId', 'hostUnit', 'location'],
);
const year = int({ minimum: 2000, maximum: 2100 });
const milestone = object({ conferenceId: uuid, at: dateTime }, ['conferenceId', 'at']);

export const ConferenceScheduled = defineEvent<ConferenceScheduledData>({
  type: 'agenda.conference-scheduled.v1',
  topic: TOPICS.conference,
  summary: 'A conference was scheduled (time, place, organizer, years).',
  schema: object(
    {
      conferenceId: uuid,
      organizer: object({ organizationId: uuid, name: str() }, ['name']),
      kind: enumOf(CONFERENCE_KINDS),
      title: str(),
      yearReviewed: year,
      yearLaunched: year,
      timeZone: str(),
      startsAt: dateTime,
      endsAt: dateTime,
      format: enumOf(CONFERENCE_FORMATS),
      venue,
      connectionPoints: arrayOf(connectionPoint),
    },
    [
      'conferenceId',
      'organizer',
      'kind',
      'title',
      'yearReviewed',
      'yearLaunched',
      'timeZone',
      'startsAt',
      'endsAt',
      'format',
    ],
  ),
});

export const ConferenceRescheduled = defineEvent<ConferenceRescheduledData>({
  type: 'agenda.conference-rescheduled.v1',
  topic: TOPICS.conference,
  summary: 'A conference moved to another time (or place), with the reason.',
  schema: object(
    {
      conferenceId: uuid,
      startsAt: dateTime,
      endsAt: dateTime,
      previousStartsAt: dateTime,
      previousEndsAt: dateTime,
      reason: str(),
      venue,
    },
    ['conferenceId', 'startsAt', 'endsAt', 'previousStartsAt', 'previousEndsAt', 'reason'],
  ),
});

export const ConferenceCancelled = defineEvent<ConferenceCancelledData>({
  type: 'agenda.conference-cancelled.v1',
  topic: TOPICS.conference,
  summary: 'A conference was cancelled, with the reason.',
  schema: object({ conferenceId: uuid, reason: str(), cancelledAt: dateTime }, [
    'conferenceId',
    'reason',
    'cancelledAt',
  ]),
});

export const ConferenceStarted = defineEvent<ConferenceMilestoneData>({
  type: 'agenda.conference-started.v1',
  topic: TOPICS.conference,
  summary: 'A conference is in progress.',
  schema: milestone,
});

export const ConferenceConcluded = defineEvent<ConferenceMilestoneData>({
  type: 'agenda.conference-concluded.v1',
  topic: TOPICS.conference,
  summary: 'A conference has ended.',
  schema: milestone,
});

export const AgendaPublished = defineEvent<AgendaPublishedData>({
  type: 'agenda.agenda-published.v1',
  topic: TOPICS.conference,
  summary: 'A version of the agenda (typed segments in order) was published.',
  schema: object(
    {
      conferenceId: uuid,
      version: int({ minimum: 1 }),
      segments: arrayOf(
        object(
          {
            segmentId: uuid,
            order: int({ minimum: 1 }),
            kind: enumOf(SEGMENT_KINDS),
            title: str(),
            startsAt: dateTime,
            endsAt: dateTime,
            presenters: arrayOf(person),
            status: enumOf(['planned', 'done', 'skipped']),
          },
          ['segmentId', 'order', 'kind', 'title', 'startsAt', 'endsAt', 'presenters', 'status'],
        ),
      ),
    },
    ['conferenceId', 'version', 'segments'],
  ),
});

export const MovementLaunched = defineEvent<MovementLaunchedData>({
  type: 'agenda.movement-launched.v1',
  topic: TOPICS.conference,
  summary: "Next year's emulation movement was launched with its theme.",
  schema: object({ conferenceId: uuid, year, theme: str(), movementName: str(), launchedBy: person }, [
    'conferenceId',
    'year',
    'theme',
    'launchedBy',
  ]),
});
