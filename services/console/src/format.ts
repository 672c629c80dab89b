import { DEFAULT_TIME_ZONE, formatNumber, localDate, localTime, officialDate } from '@tdkt/vietnamese';
import type { Language } from './i18n';

/** "08:00, ngày 29 tháng 02 năm 2024" in Vietnamese (libs/vietnamese); the same instant in English. */
export function formatWhen(iso: string, lang: Language, timeZone = DEFAULT_TIME_ZONE): string {
  if (lang === 'vi') return `${localTime(iso, timeZone)}, ${officialDate(iso, timeZone)}`;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatDay(iso: string, timeZone = DEFAULT_TIME_ZONE): string {
  return localDate(iso, timeZone);
}

export function formatInteger(n: number, lang: Language): string {
  return lang === 'vi' ? formatNumber(n) : new Intl.NumberFormat('en-GB').format(n);
}

/** A datetime-local value ("2024-02-29T08:00") as an instant with Vietnam's offset, as the services want. */
export function vietnamInstant(local: string): string {
  return local ? `${local.length === 16 ? `${local}:00` : local}+07:00` : '';
}
