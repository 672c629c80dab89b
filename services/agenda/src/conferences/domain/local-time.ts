import { DEFAULT_TIME_ZONE, localParts } from '@tdkt/vietnamese';

/**
 * Wall-clock time in the conference's time zone. Organizers write a programme in local hours
 * ("8h00 – 8h15"); the platform stores instants. Vietnam has had one offset (+07:00, no DST)
 * since 1975, but the conversion goes through Intl so it stays right for any IANA zone. Formatting
 * an instant (localDate, localTime) is @tdkt/vietnamese's; this file reads what organizers type.
 */

/** A time of day "HH:mm" from 00:00 to 23:59, or undefined. */
export function parseTimeOfDay(text: string): { hour: number; minute: number } | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

/** A calendar date "YYYY-MM-DD" that exists (no 30/2), or undefined. */
export function parseLocalDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : undefined;
}

/** The instant of a local date and time of day in the zone. */
export function zonedInstant(date: string, time: string, timeZone = DEFAULT_TIME_ZONE): Date {
  const d = parseLocalDate(date);
  const t = parseTimeOfDay(time);
  if (!d || !t) throw new RangeError(`invalid local date/time ${date} ${time}`);
  const wall = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
  const offsetAt = (epoch: number) => {
    const p = localParts(epoch, timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - epoch;
  };
  let epoch = wall - offsetAt(wall);
  const second = wall - offsetAt(epoch); // once more, for an offset change between the guess and the answer
  if (second !== epoch) epoch = second;
  return new Date(epoch);
}
