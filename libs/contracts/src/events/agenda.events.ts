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

/**
 * What is said and done at the ceremony, as the organizer enters it (docs/domain.md#article-structure,
 * items 4–5): the review report's highlights, the speeches, the exemplary presentations (tham luận),
 * prizes with their money, results announced there. One fact per key: entering it again with the
 * same content announces nothing; with other content it is announced again and replaces it.
 */
export const SPEECH_KINDS = ['directing', 'fatherland-front', 'acceptance', 'opening', 'other'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];
export const COMPARISON_BASES = ['target', 'previous-year'] as const;
export type ComparisonBasis = (typeof COMPARISON_BASES)[number];
export const CEREMONY_FACT_KINDS = [
  'highlight',
  'speech',
  'presentation',
  'prize',
  'result',
  'award-presentation',
] as const;
export type CeremonyFactKind = (typeof CEREMONY_FACT_KINDS)[number];

export interface Quantity {
  value: number;
  unit: string;
}
/** A figure of the report: "thu ngân sách nhà nước trên địa bàn" đạt 4.290 "tỷ đồng", vượt 6% so với kế hoạch. */
export interface Figure extends Quantity {
  label: string;
  /** the verb before the value, as the report says it ("đạt", "giảm còn"); "đạt" when absent */
  verb?: string;
  comparison?: Quantity & { basis: ComparisonBasis; direction?: 'up' | 'down' };
}
export interface HighlightFact {
  kind: 'highlight';
  figure?: Figure;
  statement?: string;
}
export interface SpeechFact {
  kind: 'speech';
  speechKind: SpeechKind;
  speaker: PersonRef;
  /** the body the speaker speaks for ("Ủy ban MTTQ Việt Nam tỉnh"), when said */
  onBehalfOf?: string;
  keyPoints: string[];
  tasks: string[];
}
export interface PresentationFact {
  kind: 'presentation';
  presenter: PersonRef;
  unit: string;
  subject: string;
}
export interface PrizeFact {
  kind: 'prize';
  /** who receives it, as the organizer counts them ("8 tập thể dẫn đầu các khối thi đua") */
  recipients: string;
  /** what is given ("Cờ thi đua của UBND tỉnh") */
  award: string;
  /** the prize money in đồng */
  amountVnd: number;
  /** what the amount is per ("tập thể"), when it is not the whole */
  per?: string;
}
export interface ResultFact {
  kind: 'result';
  /** what is announced ("kết quả xếp hạng Chỉ số cải cách hành chính năm 2023") */
  subject: string;
  ranking?: { unit: string; position: number; of: number; scope: string; score?: Quantity };
  leaders?: { group: string; units: string[] }[];
}
/** Who handed over one award group (by the catalog's code), and on whose behalf: the photo caption's subject. */
export interface AwardPresentationFact {
  kind: 'award-presentation';
  awardTypeCode: string;
  /** one or more, in the order the organizer lists them */
  presenters: PersonRef[];
  /** the authority they present for ("Thủ tướng Chính phủ"), when they present for one */
  onBehalfOf?: string;
}
export type CeremonyFact =
  HighlightFact | SpeechFact | PresentationFact | PrizeFact | ResultFact | AwardPresentationFact;

export interface CeremonyFactRecordedData {
  conferenceId: string;
  /** the fact's identity within the conference: `<kind>:<natural or client key>` */
  key: string;
  /** the order of entry (1, 2, …), so the press lists them as entered */
  position: number;
  fact: CeremonyFact;
  recordedAt: string;
}

const line = str({ maxLength: 1000 });
const quantity = { value: { type: 'number' }, unit: str({ maxLength: 100 }) };
const lines = arrayOf(line, { maxItems: 20 });
export const CeremonyFactRecorded = defineEvent<CeremonyFactRecordedData>({
  type: 'agenda.ceremony-fact-recorded.v1',
  topic: TOPICS.conference,
  summary:
    'A fact of the ceremony as the organizer entered it: a highlight of the report (figure or statement), a speech, a presentation, a prize, an announced result, or who presented an award group.',
  schema: object(
    {
      conferenceId: uuid,
      key: str({ maxLength: 700 }),
      position: int({ minimum: 1 }),
      recordedAt: dateTime,
      fact: {
        type: 'object',
        required: ['kind'],
        properties: {
          kind: enumOf(CEREMONY_FACT_KINDS),
          figure: object(
            {
              label: str({ maxLength: 300 }),
              verb: str({ maxLength: 50 }),
              ...quantity,
              comparison: object({ ...quantity, basis: enumOf(COMPARISON_BASES), direction: enumOf(['up', 'down']) }, [
                'value',
                'unit',
                'basis',
              ]),
            },
            ['label', 'value', 'unit'],
          ),
          statement: line,
          speechKind: enumOf(SPEECH_KINDS),
          speaker: person,
          onBehalfOf: str({ maxLength: 300 }),
          keyPoints: lines,
          tasks: lines,
          presenter: person,
          unit: str({ maxLength: 300 }),
          subject: str({ maxLength: 500 }),
          recipients: str({ maxLength: 300 }),
          award: str({ maxLength: 300 }),
          amountVnd: int({ minimum: 1 }),
          per: str({ maxLength: 100 }),
          ranking: object(
            {
              unit: str({ maxLength: 300 }),
              position: int({ minimum: 1 }),
              of: int({ minimum: 1 }),
              scope: str({ maxLength: 300 }),
              score: object(quantity, ['value', 'unit']),
            },
            ['unit', 'position', 'of', 'scope'],
          ),
          leaders: arrayOf(
            object({ group: str({ maxLength: 300 }), units: arrayOf(str({ maxLength: 300 }), { maxItems: 20 }) }, [
              'group',
              'units',
            ]),
            { maxItems: 30 },
          ),
          awardTypeCode: str({ maxLength: 100 }),
          presenters: arrayOf(person, { minItems: 1, maxItems: 10 }),
        },
      },
    },
    ['conferenceId', 'key', 'position', 'fact', 'recordedAt'],
  ),
});
