import { pressDate } from './dates';
import { DEFAULT_TIME_ZONE, type Instant, localParts } from './local-time';

/**
 * Whether an instant carries a time of day someone entered. The conference events have no "time
 * unknown" flag: an organizer who knows only the day enters it at local midnight (00:00), which no
 * conference really starts at, so midnight is read as "the day only".
 */
export function hasTimeOfDay(date: Instant, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const { hour, minute } = localParts(date, timeZone);
  return hour !== 0 || minute !== 0;
}

export interface LeadDateOptions {
  timeZone?: string;
  /** known to the caller; otherwise guessed with hasTimeOfDay */
  timeKnown?: boolean;
  capitalized?: boolean;
}

/**
 * The date that opens a news lead, by the genre: the part of the day when the time is known
 * ("Sáng 27/12"), the plain day otherwise ("Ngày 29/2", as the Sơn La article writes it).
 */
export function leadDate(date: Instant, options: LeadDateOptions = {}): string {
  const { timeZone = DEFAULT_TIME_ZONE, capitalized = true } = options;
  const known = options.timeKnown ?? hasTimeOfDay(date, timeZone);
  return pressDate(date, { timeZone, withTimeOfDay: known, capitalized });
}
