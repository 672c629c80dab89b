import { parseTimeOfDay, zonedInstant } from './local-time';
import { localDate, localTime } from '@tdkt/vietnamese';

describe('local time in Hà Nội', () => {
  it('turns local date and hours into instants and back', () => {
    expect(zonedInstant('2024-02-29', '08:00').toISOString()).toBe('2024-02-29T01:00:00.000Z');
    expect(zonedInstant('2024-01-01', '00:30').toISOString()).toBe('2023-12-31T17:30:00.000Z');
    expect(localDate(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
    expect(localTime(new Date('2023-12-31T17:30:00Z'))).toBe('00:30');
  });

  it('accepts only times of day', () => {
    expect(parseTimeOfDay('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '08:60', '8:00', '0800', '']) expect(parseTimeOfDay(bad)).toBeUndefined();
  });
});
