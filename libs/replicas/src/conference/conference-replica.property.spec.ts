import {
  AgendaPublished,
  ConferenceCancelled,
  ConferenceConcluded,
  ConferenceRescheduled,
  ConferenceScheduled,
  ConferenceStarted,
  MovementLaunched,
  type AgendaPublishedData,
  type ConferenceScheduledData,
} from '@tdkt/contracts';
import fc from 'fast-check';
import { compareSources, type Sourced } from '../sourced';
import { applyConferenceEvent, type ConferenceEvent, type ConferenceReplica } from './conference-replica';

const conferenceId = '11111111-1111-4111-8111-111111111111';
// few instants, so ties are common; two spellings of one instant must order as one
const time = fc.constantFrom(
  '2025-01-01T00:00:00.000Z',
  '2025-01-02T00:00:00.000Z',
  '2025-01-02T07:00:00.000+07:00',
  '2025-01-03T00:00:00.000Z',
);
const at = fc.constantFrom('2025-03-05T01:00:00.000Z', '2025-03-12T01:00:00.000Z', '2025-03-19T01:00:00.000Z');
const venue = fc.option(
  fc.constantFrom({ name: 'Hội trường UBND tỉnh' }, { name: 'Hội trường Tỉnh ủy', address: 'Số 2 Tô Hiệu' }),
  { nil: undefined },
);
const withVenue = (v: { name: string } | undefined) => (v ? { venue: v } : {});

const data = fc.oneof(
  fc
    .record({ title: fc.constantFrom('Hội nghị A', 'Hội nghị B'), startsAt: at, venue })
    .map(({ title, startsAt, venue: v }) => ({
      type: ConferenceScheduled.type,
      data: {
        conferenceId,
        organizer: { name: 'UBND tỉnh Sơn La' },
        kind: 'provincial-review',
        title,
        yearReviewed: 2024,
        yearLaunched: 2025,
        timeZone: 'Asia/Ho_Chi_Minh',
        startsAt,
        endsAt: startsAt,
        format: 'in-person',
        ...withVenue(v),
      } satisfies ConferenceScheduledData,
    })),
  fc.record({ startsAt: at, venue }).map(({ startsAt, venue: v }) => ({
    type: ConferenceRescheduled.type,
    data: {
      conferenceId,
      startsAt,
      endsAt: startsAt,
      previousStartsAt: startsAt,
      previousEndsAt: startsAt,
      reason: 'Trùng lịch',
      ...withVenue(v),
    },
  })),
  fc.constantFrom('Hoãn do mưa lũ', 'Thay đổi kế hoạch').map((reason) => ({
    type: ConferenceCancelled.type,
    data: { conferenceId, reason, cancelledAt: '2025-02-20T00:00:00.000Z' },
  })),
  at.map((a) => ({ type: ConferenceStarted.type, data: { conferenceId, at: a } })),
  at.map((a) => ({ type: ConferenceConcluded.type, data: { conferenceId, at: a } })),
  fc
    .integer({ min: 1, max: 3 })
    .map((version) => ({ type: AgendaPublished.type, data: { conferenceId, version, segments: [] } })),
  fc.constantFrom('Đoàn kết, đổi mới', 'Kỷ cương, sáng tạo').map((theme) => ({
    type: MovementLaunched.type,
    data: { conferenceId, year: 2025, theme, launchedBy: { name: 'Vi Đức Thọ', titles: [] } },
  })),
);

const events = fc.uniqueArray(
  fc
    .record({
      id: fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `e${String.fromCharCode(97 + i)}`)),
      time,
      body: data,
    })
    .map(({ id, time: t, body }): ConferenceEvent => ({ id, time: t, ...body })),
  { selector: (e) => e.id, minLength: 1, maxLength: 10 },
);
/** The same events, each at least once, some twice, in any order. */
const redelivered = (es: ConferenceEvent[]) =>
  fc.subarray(es).chain((dups) => fc.shuffledSubarray([...es, ...dups], { minLength: es.length + dups.length }));

const fold = (es: ConferenceEvent[]) => es.reduce<ConferenceReplica | undefined>(applyConferenceEvent, undefined)!;

/** The rules of conference-replica.ts said once more, over the whole set at once: the winner of each group. */
function expected(es: ConferenceEvent[]): ConferenceReplica {
  const sourced = (e: ConferenceEvent, d: unknown = e.data): Sourced<never> => ({
    data: d as never,
    eventId: e.id,
    time: e.time,
  });
  const of = (...types: string[]) => es.filter((e) => types.includes(e.type));
  const best = (candidates: Sourced<never>[], sign = 1) => candidates.sort((a, b) => sign * compareSources(b, a))[0];
  const strip = (e: ConferenceEvent) => {
    const { startsAt, endsAt, venue: _venue, ...rest } = e.data as ConferenceScheduledData;
    return { rest, timing: { startsAt, endsAt } };
  };
  const agendas = of(AgendaPublished.type).map((e) => sourced(e) as Sourced<AgendaPublishedData>);
  agendas.sort((a, b) => b.data.version - a.data.version || compareSources(b, a));
  const groups = {
    schedule: best(of(ConferenceScheduled.type).map((e) => sourced(e, strip(e).rest))),
    timing: best(
      of(ConferenceScheduled.type, ConferenceRescheduled.type).map((e) => {
        const d = e.data as { startsAt: string; endsAt: string };
        return sourced(e, { startsAt: d.startsAt, endsAt: d.endsAt });
      }),
    ),
    venue: best(
      of(ConferenceScheduled.type, ConferenceRescheduled.type)
        .filter((e) => (e.data as { venue?: unknown }).venue)
        .map((e) => sourced(e, (e.data as { venue: unknown }).venue)),
    ),
    cancelled: best(
      of(ConferenceCancelled.type).map((e) => sourced(e)),
      -1,
    ),
    started: best(of(ConferenceStarted.type).map((e) => sourced(e))),
    concluded: best(of(ConferenceConcluded.type).map((e) => sourced(e))),
    agenda: agendas[0],
    movement: best(of(MovementLaunched.type).map((e) => sourced(e))),
  };
  return { conferenceId, ...Object.fromEntries(Object.entries(groups).filter(([, v]) => v !== undefined)) };
}

describe('the conference replica, for any events in any order', () => {
  it('is the same for every order of arrival, duplicates included, and it is the winner of each group', () => {
    fc.assert(
      fc.property(
        events.chain((es) => fc.tuple(fc.constant(es), redelivered(es))),
        ([es, arrival]) => {
          const replica = fold(arrival);
          expect(replica).toEqual(fold(es));
          expect(replica).toEqual(expected(es));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('survives being stored as JSON between two events', () => {
    fc.assert(
      fc.property(events.chain(redelivered), (arrival) => {
        const stored = arrival.reduce<ConferenceReplica | undefined>(
          (s, e) => JSON.parse(JSON.stringify(applyConferenceEvent(s, e))),
          undefined,
        );
        expect(stored).toEqual(fold(arrival));
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing, and says so, when an event comes again', () => {
    fc.assert(
      fc.property(events, fc.nat(), (es, i) => {
        const replica = fold(es);
        expect(applyConferenceEvent(replica, es[i % es.length]!)).toBe(replica);
      }),
    );
  });
});
