/**
 * Wall-clock parts of an instant in a given time zone. News dates are local (Hanoi) dates: an
 * event stored as 2024-02-28T17:30:00Z happened on 29/2 for the reader, not 28/2.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Anything that denotes an instant: a Date, an ISO-8601 string (as carried in events), or epoch ms. */
export type Instant = Date | string | number;

export interface LocalParts {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  /** 0..23 */
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with latn digits: we only want numbers out of it, never localized text;
    // h23 so midnight is 0, not 24.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      numberingSystem: 'latn',
      calendar: 'gregory',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function toDate(instant: Instant): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(instant)}`);
  return date;
}

export function localParts(instant: Instant, timeZone: string = DEFAULT_TIME_ZONE): LocalParts {
  const parts = formatter(timeZone).formatToParts(toDate(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar date of an instant in the zone, as ISO 8601 writes it: `2024-02-29`. */
export function localDate(instant: Instant, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The wall-clock time of an instant in the zone, 24-hour with leading zeros: `08:05`, `00:30`. */
export function localTime(instant: Instant, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = localParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar day before y-m-d (handles month and year ends, leap days). */
export function previousDay(p: Pick<LocalParts, 'year' | 'month' | 'day'>): Pick<LocalParts, 'year' | 'month' | 'day'> {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day - 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
