import { reminderDueTimes, reminderOutcome } from './reminder-plan';

describe('reminders', () => {
  const startsAt = new Date('2024-02-29T01:00:00Z');

  it('fall due the configured offsets before the start, only when still ahead of the invitation', () => {
    expect(
      reminderDueTimes(startsAt, [4320, 1440], new Date('2024-02-10T00:00:00Z')).map((r) => r.dueAt.toISOString()),
    ).toEqual(['2024-02-26T01:00:00.000Z', '2024-02-28T01:00:00.000Z']);
    expect(
      reminderDueTimes(startsAt, [4320, 1440], new Date('2024-02-27T00:00:00Z')).map((r) => r.offsetMinutes),
    ).toEqual([1440]);
    expect(reminderDueTimes(startsAt, [4320, 1440], new Date('2024-02-28T12:00:00Z'))).toEqual([]);
  });

  it('are not sent to those who declined, for withdrawn invitations, cancelled or begun conferences', () => {
    const now = new Date('2024-02-28T01:00:00Z');
    const ok = { response: 'accepted', status: 'invited', startsAt, cancelled: false };
    expect(reminderOutcome(ok, now)).toBe('send');
    expect(reminderOutcome({ ...ok, response: 'pending' }, now)).toBe('send');
    expect(reminderOutcome({ ...ok, response: 'substitute' }, now)).toBe('send');
    expect(reminderOutcome({ ...ok, response: 'declined' }, now)).toBe('skip-declined');
    expect(reminderOutcome({ ...ok, status: 'withdrawn' }, now)).toBe('skip-not-invited');
    expect(reminderOutcome({ ...ok, cancelled: true }, now)).toBe('skip-not-invited');
    expect(reminderOutcome(ok, new Date('2024-02-29T02:00:00Z'))).toBe('skip-over');
  });
});
