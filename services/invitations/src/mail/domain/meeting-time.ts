import { localTime, officialDate } from '@tdkt/vietnamese';

/** "08 giờ 00, thứ Năm, ngày 29 tháng 02 năm 2024", local to the conference's time zone. */
export function meetingTime(at: Date, timeZone: string): string {
  const [hour, minute] = localTime(at, timeZone).split(':');
  const weekday = new Intl.DateTimeFormat('vi-VN', { weekday: 'long', timeZone }).format(at);
  // "Thứ Năm" → "thứ Năm", "Chủ Nhật" → "Chủ nhật", as written in running text
  const day = weekday.startsWith('Thứ') ? `thứ${weekday.slice(3)}` : 'Chủ nhật';
  return `${hour} giờ ${minute}, ${day}, ${officialDate(at, timeZone)}`.normalize('NFC');
}

/** "08 giờ 00" only. */
export function clockTime(at: Date, timeZone: string): string {
  return meetingTime(at, timeZone).split(',')[0]!;
}
