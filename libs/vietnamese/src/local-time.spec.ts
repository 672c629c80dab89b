import fc from 'fast-check';
import { localDate, localParts, localTime } from './local-time';

// The copies these functions replaced, as the services wrote them: covenants (today's date by a
// fixed UTC+7), invitations (the check-in time and the invitation's clock time, en-GB 24-hour).
// agenda's own Intl parts were these, verbatim.
const covenantsVietnamDate = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
const invitationsFormatTime = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    new Date(at),
  );

describe('local date and time', () => {
  it('a late evening in UTC is the next morning in Hà Nội (agenda)', () => {
    expect(localDate(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
    expect(localTime(new Date('2023-12-31T17:30:00Z'))).toBe('00:30');
    expect(localParts('2024-02-28T17:30:00Z')).toEqual({ year: 2024, month: 2, day: 29, hour: 0, minute: 30 });
  });

  it('the calendar day turns at 17:00 UTC (covenants: "today" for a user in Hà Nội)', () => {
    expect(localDate(new Date('2024-12-31T16:59:59.999Z'))).toBe('2024-12-31');
    expect(localDate(new Date('2024-12-31T17:00:00Z'))).toBe('2025-01-01');
    expect(localDate(new Date('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
  });

  it('24-hour clock with leading zeros, midnight 00 (invitations: check-in times, "08 giờ 00")', () => {
    expect(localTime(new Date('2024-02-29T01:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('08:00');
    expect(localTime(new Date('2024-02-28T17:05:00Z'), 'Asia/Ho_Chi_Minh')).toBe('00:05');
    expect(localTime(new Date('2024-02-29T16:59:00Z'), 'Asia/Ho_Chi_Minh')).toBe('23:59');
    expect(localTime('2024-07-01T06:30:00Z', 'Europe/Paris')).toBe('08:30');
  });

  it('takes a Date, an ISO string or epoch milliseconds; refuses an invalid date or zone', () => {
    const at = '2024-02-29T01:00:00Z';
    expect(localDate(new Date(at))).toBe(localDate(at));
    expect(localDate(Date.parse(at))).toBe('2024-02-29');
    expect(() => localDate('not a date')).toThrow(RangeError);
    expect(() => localTime(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => localTime(at, 'Asia/Nowhere')).toThrow(RangeError);
  });

  it('is what each former copy returned, for any instant since Vietnam took +07:00 (13 June 1975)', () => {
    const since1975 = fc.date({
      min: new Date('1975-06-13T00:00:00Z'),
      max: new Date('2200-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    const zone = fc.constantFrom('Asia/Ho_Chi_Minh', 'UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata');
    fc.assert(
      fc.property(since1975, zone, (at, tz) => {
        expect(localDate(at)).toBe(covenantsVietnamDate(at));
        expect(localTime(at, tz)).toBe(invitationsFormatTime(at, tz));
      }),
      { numRuns: 3000 },
    );
  });

  it('before 1975 it follows the time zone database (the South kept +08:00), as the other dates of this library do', () => {
    expect(localTime(new Date('1970-01-01T16:30:00Z'))).toBe('00:30');
    expect(localDate(new Date('1970-01-01T16:30:00Z'))).toBe('1970-01-02');
  });
});
