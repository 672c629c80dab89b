import { Conference } from '../../conferences/domain/conference';
import { agendaSheet } from '../../conferences/domain/agenda-sheet';
import { agendaCalendar } from './icalendar';

const lines = (ics: string) => ics.split('\r\n');

describe('agenda .ics times', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  // ical-generator writes a plain Date in the process's zone and DTSTAMP in the calendar's zone:
  // wall-clock times must come from the conference's zone whatever the server's, and DTSTAMP is UTC
  it.each(['UTC', 'America/New_York', 'Asia/Tokyo'])(
    'local times in the conference zone and DTSTAMP in UTC, on a server in %s',
    (zone) => {
      process.env.TZ = zone;
      const c = Conference.create({
        organizer: { name: 'UBND tỉnh Sơn La' },
        kind: 'provincial-review',
        yearReviewed: 2023,
        yearLaunched: 2024,
        startsAt: new Date('2024-02-29T01:00:00Z'),
        endsAt: new Date('2024-02-29T04:30:00Z'),
        format: 'in-person', // 08:00–11:30 in Hà Nội
        venue: { venueId: '4c1f7e0e-8c1a-4f0b-9a57-6b2b0f1c2d3e', name: 'Hội trường UBND tỉnh Sơn La' },
      });
      c.addSegment({ kind: 'opening', startTime: '08:00', endTime: '08:15' });
      const ics = lines(agendaCalendar(agendaSheet(c, [], []), new Date('2024-01-01T12:00:00Z')));
      expect(ics.filter((l) => l.startsWith('DTSTAMP'))).toEqual([
        'DTSTAMP:20240101T120000Z',
        'DTSTAMP:20240101T120000Z',
      ]);
      expect(ics.filter((l) => l.startsWith('DTSTART;') || l.startsWith('DTEND'))).toEqual([
        'DTSTART;TZID=Asia/Ho_Chi_Minh:20240229T080000',
        'DTEND;TZID=Asia/Ho_Chi_Minh:20240229T113000',
        'DTSTART;TZID=Asia/Ho_Chi_Minh:20240229T080000',
        'DTEND;TZID=Asia/Ho_Chi_Minh:20240229T081500',
      ]);
      expect(ics).toContain(`RELATED-TO:${c.snapshot.id}@agenda.tdkt`);
      expect(ics.at(-1)).toBe(''); // every line, the last too, ends with CRLF
    },
  );
});
