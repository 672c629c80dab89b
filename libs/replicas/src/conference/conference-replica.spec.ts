import {
  AgendaPublished,
  ConferenceCancelled,
  ConferenceRescheduled,
  ConferenceScheduled,
  type ConferenceScheduledData,
  type EventDefinition,
} from '@tdkt/contracts';
import { applyConferenceEvent, type ConferenceEvent, type ConferenceReplica } from './conference-replica';

const conferenceId = '7b0f6b1e-2f5c-4a57-9d3e-0a3f1d9c2b11';
const event = <T>(
  def: EventDefinition<T>,
  id: string,
  time: string,
  data: Omit<T, 'conferenceId'>,
): ConferenceEvent => ({
  id,
  type: def.type,
  time,
  data: { conferenceId, ...data },
});
const schedule: Omit<ConferenceScheduledData, 'conferenceId'> = {
  organizer: { name: 'UBND tỉnh Hà Giang' },
  kind: 'cluster-review',
  title: 'Hội nghị tổng kết Cụm thi đua các tỉnh biên giới phía Bắc năm 2024',
  yearReviewed: 2024,
  yearLaunched: 2025,
  timeZone: 'Asia/Ho_Chi_Minh',
  startsAt: '2025-03-05T01:00:00.000Z',
  endsAt: '2025-03-05T05:00:00.000Z',
  format: 'in-person',
  venue: { name: 'Hội trường UBND tỉnh' },
};
const moved = (startsAt: string, venue?: string) => ({
  startsAt,
  endsAt: startsAt,
  previousStartsAt: schedule.startsAt,
  previousEndsAt: schedule.endsAt,
  reason: 'Trùng lịch',
  ...(venue ? { venue: { name: venue } } : {}),
});

const s1 = event(ConferenceScheduled, 's1', '2025-01-10T00:00:00.000Z', schedule);
const r1 = event(
  ConferenceRescheduled,
  'r1',
  '2025-02-01T00:00:00.000Z',
  moved('2025-03-12T01:00:00.000Z', 'Hội trường Tỉnh ủy'),
);
const r2 = event(ConferenceRescheduled, 'r2', '2025-02-10T00:00:00.000Z', moved('2025-03-19T01:00:00.000Z'));
const c1 = event(ConferenceCancelled, 'c1', '2025-02-20T00:00:00.000Z', {
  reason: 'Hoãn do thiên tai',
  cancelledAt: '2025-02-20T00:00:00.000Z',
});
const c2 = event(ConferenceCancelled, 'c2', '2025-02-21T00:00:00.000Z', {
  reason: 'Hủy lần hai',
  cancelledAt: '2025-02-21T00:00:00.000Z',
});
const a1 = event(AgendaPublished, 'a1', '2025-02-22T00:00:00.000Z', { version: 1, segments: [] });
const a2 = event(AgendaPublished, 'a2', '2025-01-01T00:00:00.000Z', { version: 2, segments: [] });

const fold = (events: ConferenceEvent[]) =>
  events.reduce<ConferenceReplica | undefined>(applyConferenceEvent, undefined)!;

function* permutations<T>(items: T[]): Generator<T[]> {
  if (items.length <= 1) return yield items;
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i]!, ...rest];
  }
}

describe('the replica of an agenda conference', () => {
  it('takes everything from a lone schedule', () => {
    const { startsAt, endsAt, venue, ...rest } = schedule;
    expect(fold([s1])).toEqual({
      conferenceId,
      schedule: { eventId: 's1', time: s1.time, data: { conferenceId, ...rest } },
      timing: { eventId: 's1', time: s1.time, data: { startsAt, endsAt } },
      venue: { eventId: 's1', time: s1.time, data: venue },
    });
  });

  it('keeps the time of a reschedule that arrived before the schedule; the schedule completes it', () => {
    const c = fold([r2, s1]);
    expect(c.timing).toMatchObject({ eventId: 'r2', data: { startsAt: '2025-03-19T01:00:00.000Z' } });
    expect(c.schedule?.data.title).toBe(schedule.title);
    expect(c.venue).toMatchObject({ eventId: 's1', data: { name: 'Hội trường UBND tỉnh' } }); // r2 did not say where
  });

  it('takes the venue from the latest event that names one', () => {
    expect(fold([s1, r1, r2]).venue).toMatchObject({ eventId: 'r1', data: { name: 'Hội trường Tỉnh ủy' } });
  });

  it('stays cancelled whatever comes after, with the first cancellation', () => {
    const c = fold([c2, c1, s1, r2]);
    expect(c.cancelled).toMatchObject({ eventId: 'c1', data: { reason: 'Hoãn do thiên tai' } });
    expect(c.timing?.eventId).toBe('r2'); // later facts still update the rest
  });

  it('keeps the highest agenda version, whatever its time', () => {
    expect(fold([a2, a1]).agenda?.eventId).toBe('a2');
  });

  it('gives the very state back when an event changes nothing (a duplicate, an older fact, another type)', () => {
    const c = fold([s1, r2]);
    expect(applyConferenceEvent(c, r2)).toBe(c);
    expect(
      applyConferenceEvent(
        c,
        event(ConferenceRescheduled, 'r0', '2025-01-20T00:00:00.000Z', moved('2025-03-01T01:00:00.000Z')),
      ),
    ).toBe(c);
    expect(
      applyConferenceEvent(c, { id: 'x', type: 'awards.award-conferred.v1', time: s1.time, data: { conferenceId } }),
    ).toBe(c);
    expect(applyConferenceEvent(c, r1)).not.toBe(c); // names a venue, newer than the schedule's
  });

  it('refuses an event about another conference', () => {
    expect(() =>
      applyConferenceEvent(fold([s1]), { ...r1, data: { ...(r1.data as object), conferenceId: 'other' } }),
    ).toThrow(/other/);
  });

  it('is the same replica for every order of arrival of seven events', () => {
    const events = [s1, r1, r2, c1, c2, a1, a2];
    const expected = fold(events);
    expect(expected).toMatchObject({
      timing: { eventId: 'r2' },
      venue: { eventId: 'r1' },
      schedule: { eventId: 's1' },
      cancelled: { eventId: 'c1' },
      agenda: { eventId: 'a2' },
    });
    let n = 0;
    for (const order of permutations(events)) {
      expect(fold(order)).toEqual(expected);
      n++;
    }
    expect(n).toBe(5040);
  });
});
