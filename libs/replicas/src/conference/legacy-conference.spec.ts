import { ConferenceCancelled, ConferenceRescheduled } from '@tdkt/contracts';
import { applyConferenceEvent } from './conference-replica';
import { legacyConferenceReplica } from './legacy-conference';

const conferenceId = '7b0f6b1e-2f5c-4a57-9d3e-0a3f1d9c2b11';
const moved = (time: string, startsAt: string) => ({
  id: `r-${time}`,
  type: ConferenceRescheduled.type,
  time,
  data: {
    conferenceId,
    startsAt,
    endsAt: startsAt,
    previousStartsAt: startsAt,
    previousEndsAt: startsAt,
    reason: 'Trùng lịch',
  },
});

describe('a replica from a row written before replicas', () => {
  const row = {
    conferenceId,
    schedule: { title: 'Hội nghị tổng kết năm 2024', organizer: { name: 'UBND tỉnh Hà Giang' } },
    startsAt: new Date('2025-03-12T01:00:00Z'),
    endsAt: new Date('2025-03-12T05:00:00Z'),
    venue: { name: 'Hội trường UBND tỉnh' },
    timesAsOf: new Date('2025-02-01T00:00:00Z'),
  };

  it('keeps what the row knew against an older event, and gives way to a newer one', () => {
    const legacy = legacyConferenceReplica(row)!;
    expect(applyConferenceEvent(legacy, moved('2025-01-20T00:00:00.000Z', '2025-03-01T01:00:00.000Z'))).toBe(legacy);
    const next = applyConferenceEvent(legacy, moved('2025-02-10T00:00:00.000Z', '2025-03-19T01:00:00.000Z'));
    expect(next).toMatchObject({
      schedule: { data: { title: 'Hội nghị tổng kết năm 2024', organizer: { name: 'UBND tỉnh Hà Giang' } } },
      timing: { eventId: 'r-2025-02-10T00:00:00.000Z', data: { startsAt: '2025-03-19T01:00:00.000Z' } },
      venue: { data: { name: 'Hội trường UBND tỉnh' } },
    });
  });

  it('stays cancelled with its own cancellation', () => {
    const legacy = legacyConferenceReplica({
      ...row,
      cancelled: { at: new Date('2025-03-01T00:00:00Z'), reason: 'Hoãn do mưa lũ' },
    })!;
    const later = {
      id: 'c2',
      type: ConferenceCancelled.type,
      time: '2025-03-02T00:00:00.000Z',
      data: { conferenceId, reason: 'x', cancelledAt: '2025-03-02T00:00:00.000Z' },
    };
    expect(applyConferenceEvent(legacy, later).cancelled?.data.reason).toBe('Hoãn do mưa lũ');
  });

  it('is nothing for a row known by id only', () => {
    expect(legacyConferenceReplica({ conferenceId })).toBeUndefined();
  });
});
