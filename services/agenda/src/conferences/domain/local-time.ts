/**
 * Wall-clock time in the conference's time zone. Organizers write a programme in local hours
 * ("8h00 – 8h15"); the platform stores instants. Vietnam has had one offset (+07:00, no DST)
 * since 1975, but the conversion goes through Intl so it stays right for any IANA zone.
 */
export const HANOI = 'Asia/Ho_Chi_Minh';

const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: Date, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, calendar: 'gregory', numberingSystem: 'latn', hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p = f.formatToParts(instant);
  const get = (t: Intl.DateTimeFormatPartTypes) => Number(p.find((x) => x.type === t)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2024-02-29" in the zone. */
export function localDate(instant: Date, timeZone = HANOI): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** "08:15" in the zone. */
export function localTime(instant: Date, timeZone = HANOI): string {
  const p = parts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

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
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : undefined;
}

/** The instant of a local date and time of day in the zone. */
export function zonedInstant(date: string, time: string, timeZone = HANOI): Date {
  const d = parseLocalDate(date);
  const t = parseTimeOfDay(time);
  if (!d || !t) throw new RangeError(`invalid local date/time ${date} ${time}`);
  const wall = Date.UTC(d.year, d.month - 1, d.day, t.hour, t.minute);
  const offsetAt = (epoch: number) => {
    const p = parts(new Date(epoch), timeZone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - epoch;
  };
  let epoch = wall - offsetAt(wall);
  const second = wall - offsetAt(epoch); // once more, for an offset change between the guess and the answer
  if (second !== epoch) epoch = second;
  return new Date(epoch);
}
