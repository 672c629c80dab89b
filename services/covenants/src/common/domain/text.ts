import { cleanText } from '@tdkt/vietnamese';

/** How two spellings of one unit are recognised as the same: "Tỉnh Hà Giang" = "tỉnh  hà giang". */
export const unitKey = (unitName: string): string => cleanText(unitName).toLocaleLowerCase('vi');

/** Calendar dates travel as ISO strings (YYYY-MM-DD), which compare correctly as strings. */
export type CalendarDate = string;

export const isCalendarDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const yearStart = (year: number): CalendarDate => `${year}-01-01`;
export const yearEnd = (year: number): CalendarDate => `${year}-12-31`;
