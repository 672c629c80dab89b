import { officialDate, partOfDay, partOfDayForHour, pressDate } from './dates';

// An instant at a given Hanoi wall-clock time (UTC+7, no DST).
const hanoi = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(Date.UTC(y, mo - 1, d, h - 7, mi));

describe('pressDate', () => {
  it('writes lead dates as in the seed articles: no leading zeros, no year', () => {
    expect(pressDate(hanoi(2024, 2, 29, 8))).toBe('Ngày 29/2'); // Sơn La
    expect(pressDate(hanoi(2023, 12, 27, 8, 30), { withTimeOfDay: true })).toBe('Sáng 27/12'); // Hà Giang
    expect(pressDate(hanoi(2023, 2, 22, 8))).toBe('Ngày 22/2'); // Ninh Thuận
    expect(pressDate(hanoi(2024, 3, 14, 14), { withTimeOfDay: true })).toBe('Chiều 14/3');
    expect(pressDate(hanoi(2024, 3, 5, 19, 30), { withTimeOfDay: true })).toBe('Tối 5/3');
    expect(pressDate(hanoi(2024, 3, 5, 11, 30), { withTimeOfDay: true })).toBe('Trưa 5/3');
  });

  it('lower-cases for mid-sentence use', () => {
    expect(pressDate(hanoi(2024, 2, 29, 8), { capitalized: false })).toBe('ngày 29/2');
    expect(pressDate(hanoi(2023, 12, 27, 8), { capitalized: false, withTimeOfDay: true })).toBe('sáng 27/12');
  });

  it('adds the year on request', () => {
    expect(pressDate(hanoi(2024, 2, 29, 8), { withYear: true })).toBe('Ngày 29/2/2024');
    expect(pressDate(hanoi(2024, 2, 29, 8), { withYear: true, withTimeOfDay: true })).toBe('Sáng 29/2/2024');
  });

  it('accepts ISO strings and epoch milliseconds, as carried in events', () => {
    expect(pressDate('2024-02-29T01:00:00Z')).toBe('Ngày 29/2');
    expect(pressDate('2023-12-27T08:30:00+07:00', { withTimeOfDay: true })).toBe('Sáng 27/12');
    expect(pressDate(Date.parse('2024-02-29T01:00:00Z'))).toBe('Ngày 29/2');
  });

  it('uses the Hanoi calendar, not UTC', () => {
    // 17:30 UTC on 28/2 is 00:30 on 29/2 in Hanoi
    expect(pressDate('2024-02-28T17:30:00Z')).toBe('Ngày 29/2');
    expect(pressDate('2024-02-28T17:30:00Z', { timeZone: 'UTC' })).toBe('Ngày 28/2');
    // 16:59 UTC is still 23:59 on 28/2 in Hanoi
    expect(pressDate('2024-02-28T16:59:00Z')).toBe('Ngày 28/2');
    // New Year's night: 00:30 on 1/1/2025 in Hanoi
    expect(pressDate('2024-12-31T17:30:00Z', { withYear: true })).toBe('Ngày 1/1/2025');
  });

  it('attributes 00:00–04:59 to the evening of the previous day ("Tối")', () => {
    // 2024-02-28T18:30:00Z is 01:30 on 29/2 in Hanoi: "Tối 28/2", not "Tối 29/2" (that evening is a day later)
    expect(pressDate('2024-02-28T18:30:00Z', { withTimeOfDay: true })).toBe('Tối 28/2');
    expect(pressDate('2024-02-28T18:30:00Z')).toBe('Ngày 29/2');
    // in UTC the same instant is 18:30 on 28/2: also "Tối 28/2"
    expect(pressDate('2024-02-28T18:30:00Z', { withTimeOfDay: true, timeZone: 'UTC' })).toBe('Tối 28/2');
    // across a leap day, a month and a year end
    expect(pressDate(hanoi(2024, 3, 1, 0, 30), { withTimeOfDay: true })).toBe('Tối 29/2');
    expect(pressDate(hanoi(2025, 1, 1, 2), { withTimeOfDay: true, withYear: true })).toBe('Tối 31/12/2024');
  });

  it('switches part of day exactly at the documented boundaries', () => {
    const at = (h: number, mi: number) => pressDate(hanoi(2024, 3, 14, h, mi), { withTimeOfDay: true });
    expect(at(4, 59)).toBe('Tối 13/3');
    expect(at(5, 0)).toBe('Sáng 14/3');
    expect(at(10, 59)).toBe('Sáng 14/3');
    expect(at(11, 0)).toBe('Trưa 14/3');
    expect(at(12, 59)).toBe('Trưa 14/3');
    expect(at(13, 0)).toBe('Chiều 14/3');
    expect(at(17, 59)).toBe('Chiều 14/3');
    expect(at(18, 0)).toBe('Tối 14/3');
    expect(at(23, 59)).toBe('Tối 14/3');
    expect(at(0, 0)).toBe('Tối 13/3');
  });

  it('refuses invalid dates and time zones', () => {
    expect(() => pressDate('not a date')).toThrow(RangeError);
    expect(() => pressDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => pressDate(new Date(), { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('returns NFC', () => {
    const s = pressDate(hanoi(2024, 3, 14, 14), { withTimeOfDay: true });
    expect(s).toBe(s.normalize('NFC'));
  });
});

describe('partOfDay', () => {
  it('maps hours to sáng / trưa / chiều / tối', () => {
    const expected = [
      ...Array(5).fill('tối'), // 0..4
      ...Array(6).fill('sáng'), // 5..10
      ...Array(2).fill('trưa'), // 11..12
      ...Array(5).fill('chiều'), // 13..17
      ...Array(6).fill('tối'), // 18..23
    ];
    expect(Array.from({ length: 24 }, (_, h) => partOfDayForHour(h))).toEqual(expected);
  });

  it('reads the hour in the given time zone', () => {
    expect(partOfDay('2023-12-27T01:30:00Z')).toBe('sáng'); // 08:30 in Hanoi
    expect(partOfDay('2023-12-27T01:30:00Z', 'UTC')).toBe('tối');
  });
});

describe('officialDate', () => {
  it('writes dates as official documents do, with leading zeros', () => {
    expect(officialDate(hanoi(2024, 2, 5, 9))).toBe('ngày 05 tháng 02 năm 2024');
    expect(officialDate(hanoi(2023, 1, 1, 9))).toBe('ngày 01 tháng 01 năm 2023');
    expect(officialDate(hanoi(2024, 2, 29, 9))).toBe('ngày 29 tháng 02 năm 2024');
    expect(officialDate(hanoi(2024, 12, 9, 9))).toBe('ngày 09 tháng 12 năm 2024');
  });

  it('pads months 1 and 2 only (Decree 30/2020/NĐ-CP, Appendix I)', () => {
    expect(officialDate(hanoi(2024, 3, 15, 9))).toBe('ngày 15 tháng 3 năm 2024');
    expect(officialDate(hanoi(2023, 7, 5, 9))).toBe('ngày 05 tháng 7 năm 2023');
    expect(officialDate(hanoi(2023, 11, 20, 9))).toBe('ngày 20 tháng 11 năm 2023');
  });

  it('uses the Hanoi calendar by default, another zone on request', () => {
    expect(officialDate('2024-02-04T17:30:00Z')).toBe('ngày 05 tháng 02 năm 2024');
    expect(officialDate('2024-02-04T17:30:00Z', 'UTC')).toBe('ngày 04 tháng 02 năm 2024');
  });
});
