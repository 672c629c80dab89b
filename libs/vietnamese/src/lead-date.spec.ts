import { hasTimeOfDay, leadDate } from './lead-date';

describe('the date of a lead, by the genre', () => {
  it('names the part of the day when the time is known (Hà Giang: "Sáng 27/12")', () => {
    expect(leadDate('2023-12-27T08:00:00+07:00')).toBe('Sáng 27/12');
    expect(leadDate('2024-03-14T14:00:00+07:00')).toBe('Chiều 14/3');
  });

  it('writes the day only when the time is not known (Sơn La: "Ngày 29/2")', () => {
    expect(leadDate('2024-02-29T00:00:00+07:00')).toBe('Ngày 29/2');
    expect(leadDate('2024-02-29T08:00:00+07:00', { timeKnown: false })).toBe('Ngày 29/2');
    expect(leadDate('2024-02-28T17:00:00Z', { capitalized: false })).toBe('ngày 29/2');
  });

  it('reads local midnight as "no time entered", in the conference zone', () => {
    expect(hasTimeOfDay('2024-02-28T17:00:00Z')).toBe(false);
    expect(hasTimeOfDay('2024-02-29T00:00:00Z')).toBe(true); // 07:00 in Hanoi
    expect(hasTimeOfDay('2024-02-29T00:00:00Z', 'UTC')).toBe(false);
  });
});
