import { ConferenceCancelled, ConferenceRescheduled, ConferenceScheduled, type CloudEvent } from '@tdkt/contracts';
import { applyConferenceEvent, type ConferenceReplica } from '@tdkt/replicas';
import { conferenceStatus, conferenceView } from './conference';

const conferenceId = '7b0f6b1e-2f5c-4a57-9d3e-0a3f1d9c2b11';
const event = (type: string, id: string, time: string, data: object) =>
  ({ id, type, time, data: { conferenceId, ...data } }) as CloudEvent;
const scheduled = event(ConferenceScheduled.type, 's', '2025-01-10T00:00:00Z', {
  title: 'Hội nghị tổng kết Cụm thi đua các tỉnh biên giới phía Bắc năm 2024',
  organizer: { name: 'UBND tỉnh Hà Giang' },
  startsAt: '2025-03-05T01:00:00.000Z',
  endsAt: '2025-03-05T05:00:00.000Z',
  venue: { name: 'Hội trường UBND tỉnh' },
});
const moved = event(ConferenceRescheduled.type, 'r', '2025-02-01T00:00:00Z', {
  startsAt: '2025-03-12T01:00:00.000Z',
  endsAt: '2025-03-12T05:00:00.000Z',
});
const cancelled = event(ConferenceCancelled.type, 'c', '2025-02-20T00:00:00Z', {
  reason: 'Hoãn do thiên tai',
  cancelledAt: '2025-02-20T00:00:00Z',
});
const view = (...events: CloudEvent[]) =>
  conferenceView(events.reduce<ConferenceReplica | undefined>(applyConferenceEvent, undefined)!);

describe('conference projection', () => {
  it('takes the title and time of a scheduled conference', () => {
    const c = view(scheduled);
    expect(c).toMatchObject({
      id: conferenceId,
      title: (scheduled.data as { title: string }).title,
      startsAt: new Date('2025-03-05T01:00:00Z'),
      venue: 'Hội trường UBND tỉnh',
    });
    expect(conferenceStatus(c)).toBe('scheduled');
  });

  it('keeps the newer time when the reschedule arrives before the schedule', () => {
    const c = view(moved, scheduled);
    expect(c.startsAt).toEqual(new Date('2025-03-12T01:00:00Z'));
    expect(c.timesAsOf).toEqual(new Date('2025-02-01T00:00:00Z'));
    expect(c.title).toBe((scheduled.data as { title: string }).title);
    expect(c.venue).toBe('Hội trường UBND tỉnh');
  });

  it('stays cancelled whatever arrives after', () => {
    const c = view(cancelled, scheduled);
    expect(conferenceStatus(c)).toBe('cancelled');
    expect(c.cancelled).toEqual({ at: new Date('2025-02-20T00:00:00Z'), reason: 'Hoãn do thiên tai' });
    expect(conferenceStatus(undefined)).toBe('unknown');
  });
});
