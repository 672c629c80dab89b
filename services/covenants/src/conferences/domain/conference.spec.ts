import { applyCancelled, applyScheduled, applyTiming, conferenceStatus, type ConferenceView } from './conference';

const id = '7b0f6b1e-2f5c-4a57-9d3e-0a3f1d9c2b11';
const scheduled = {
  title: 'Hội nghị tổng kết Cụm thi đua các tỉnh biên giới phía Bắc năm 2024', organizer: 'UBND tỉnh Hà Giang',
  startsAt: new Date('2025-03-05T01:00:00Z'), endsAt: new Date('2025-03-05T05:00:00Z'), venue: 'Hội trường UBND tỉnh', asOf: new Date('2025-01-10T00:00:00Z'),
};
const moved = { startsAt: new Date('2025-03-12T01:00:00Z'), endsAt: new Date('2025-03-12T05:00:00Z'), asOf: new Date('2025-02-01T00:00:00Z') };

describe('conference projection', () => {
  it('takes the title and time of a scheduled conference', () => {
    const c = applyScheduled({ id }, scheduled);
    expect(c).toMatchObject({ title: scheduled.title, startsAt: scheduled.startsAt, venue: 'Hội trường UBND tỉnh' });
    expect(conferenceStatus(c)).toBe('scheduled');
  });

  it('keeps the newer time when the reschedule arrives before the schedule', () => {
    const early: ConferenceView = applyTiming({ id }, moved);
    const c = applyScheduled(early, scheduled);
    expect(c.startsAt).toEqual(moved.startsAt);
    expect(c.title).toBe(scheduled.title);
    expect(c.venue).toBe('Hội trường UBND tỉnh');
  });

  it('stays cancelled whatever arrives after', () => {
    const c = applyScheduled(applyCancelled({ id }, new Date('2025-02-20T00:00:00Z'), 'Hoãn do thiên tai'), scheduled);
    expect(conferenceStatus(c)).toBe('cancelled');
    expect(conferenceStatus(undefined)).toBe('unknown');
  });
});
