import { nfc } from './nfc';
import { DEFAULT_TIME_ZONE, type Instant, localParts, previousDay } from './local-time';

/** Part of the day used in news leads: "Sáng 27/12", "Chiều 14/3". */
export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối';

/**
 * Boundaries by local hour (the minute never matters):
 *   sáng  05:00–10:59
 *   trưa  11:00–12:59
 *   chiều 13:00–17:59
 *   tối   18:00–04:59 (wraps past midnight)
 */
export function partOfDayForHour(hour: number): PartOfDay {
  if (hour >= 5 && hour < 11) return 'sáng';
  if (hour >= 11 && hour < 13) return 'trưa';
  if (hour >= 13 && hour < 18) return 'chiều';
  return 'tối';
}

/** The part of day of an instant, in the given time zone (default Asia/Ho_Chi_Minh). */
export function partOfDay(date: Instant, timeZone: string = DEFAULT_TIME_ZONE): PartOfDay {
  return partOfDayForHour(localParts(date, timeZone).hour);
}

export interface PressDateOptions {
  /** Default 'Asia/Ho_Chi_Minh': the reader's calendar, whatever the server's. */
  timeZone?: string;
  /** "Sáng 27/12" instead of "Ngày 27/12". */
  withTimeOfDay?: boolean;
  /** "Ngày 29/2/2024". Off by default: the press drops the year when it is obvious. */
  withYear?: boolean;
  /** Default true (sentence start, as in a lead); false for mid-sentence: "ngày 29/2", "sáng 27/12". */
  capitalized?: boolean;
}

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

/**
 * A date as written in news leads (docs/domain.md#formatting): "Ngày 29/2", "Sáng 27/12", no leading zeros, no year.
 *
 * With withTimeOfDay, an instant between 00:00 and 04:59 is "tối" of the PREVIOUS day: 01:30 on 29/2
 * is reported as "Tối 28/2", because "Tối 29/2" would point the reader to the evening almost a day
 * later. Without withTimeOfDay the plain calendar date is used ("Ngày 29/2").
 */
export function pressDate(date: Instant, options: PressDateOptions = {}): string {
  const { timeZone = DEFAULT_TIME_ZONE, withTimeOfDay = false, withYear = false, capitalized = true } = options;
  const local = localParts(date, timeZone);
  let word = 'ngày';
  let day: { year: number; month: number; day: number } = local;
  if (withTimeOfDay) {
    word = partOfDayForHour(local.hour);
    if (local.hour < 5) day = previousDay(local);
  }
  const text = `${word} ${day.day}/${day.month}${withYear ? `/${day.year}` : ''}`;
  return nfc(capitalized ? capitalize(text) : text);
}

// Decree 30/2020/NĐ-CP, Appendix I: days below 10 and months 1 and 2 take a leading zero (so a
// "1" or "2" cannot be slipped in front); months 3..12 are written as they are ("tháng 3").
function officialMonth(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/**
 * A date as in official documents (quyết định, giấy mời): "ngày 05 tháng 02 năm 2024",
 * "ngày 15 tháng 3 năm 2024". Lower case: it follows the place name ("Sơn La, ngày …").
 */
export function officialDate(date: Instant, timeZone: string = DEFAULT_TIME_ZONE): string {
  const { year, month, day } = localParts(date, timeZone);
  return nfc(`ngày ${String(day).padStart(2, '0')} tháng ${officialMonth(month)} năm ${year}`);
}
