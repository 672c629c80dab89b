import { personWithTitles } from '@tdkt/vietnamese';
import type { AgendaSheet } from '../../conferences/domain/agenda-sheet';
import { localDate, localTime } from '../../conferences/domain/local-time';
import { isTimed } from '../../conferences/domain/segment';

/**
 * The agenda as an iCalendar file (RFC 5545): one VEVENT for the conference, its programme in
 * the description, and one VEVENT per timed segment (RELATED-TO the conference). Local times
 * with TZID and a VTIMEZONE, CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character. SEQUENCE follows reschedules and the cancellation, so calendars update.
 */
export function agendaCalendar(sheet: AgendaSheet, now = new Date()): string {
  const c = sheet.conference;
  const tz = c.timeZone;
  const uid = (id: string) => `${id}@agenda.tdkt`;
  const local = (d: Date) => `${localDate(d, tz).replaceAll('-', '')}T${localTime(d, tz).replace(':', '')}00`;
  const status = c.status === 'cancelled' ? 'CANCELLED' : c.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED';
  const location = c.venue ? [c.venue.name, c.venue.address].filter(Boolean).join(', ') : c.connectionPoints.length ? `Trực tuyến (${c.connectionPoints.length} điểm cầu)` : '';
  const common = (start: Date, end: Date) => [
    `DTSTAMP:${utc(now)}`, `DTSTART;TZID=${tz}:${local(start)}`, `DTEND;TZID=${tz}:${local(end)}`, `SEQUENCE:${c.sequence}`, `STATUS:${status}`,
    ...(location ? [`LOCATION:${text(location)}`] : []),
  ];
  const programme = c.segments.map((s) => {
    const when = isTimed(s) ? `${localTime(s.startsAt, tz)}–${localTime(s.endsAt, tz)}` : 'chưa xếp giờ';
    const who = s.presenters.map((p) => personWithTitles(p.name, p.titles)).join('; ');
    return `${s.order}. ${when} ${s.title}${who ? ` (${who})` : ''}`;
  });
  const description = [
    `Đơn vị tổ chức: ${c.organizer.name}`,
    ...(c.cancellation ? [`Đã hủy: ${c.cancellation.reason}`] : []),
    'Chương trình:', ...programme,
  ].join('\n');
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//TDKT//Agenda 1.0//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(c.title)}`, `X-WR-TIMEZONE:${tz}`,
    ...vtimezone(tz),
    'BEGIN:VEVENT', `UID:${uid(c.id)}`, ...common(c.startsAt, c.endsAt), `SUMMARY:${text(c.title)}`, `DESCRIPTION:${text(description)}`, 'END:VEVENT',
    ...c.segments.filter(isTimed).flatMap((s) => {
      const details = [
        ...s.presenters.map((p) => personWithTitles(p.name, p.titles)),
        ...(s.kind === 'award-presentation' ? sheet.awards.map((g) => g.presentation) : []),
        ...(s.kind === 'movement-launch' && c.movement ? [`Chủ đề: “${c.movement.theme}”`] : []),
      ];
      return [
        'BEGIN:VEVENT', `UID:${uid(s.id)}`, `RELATED-TO:${uid(c.id)}`, ...common(s.startsAt, s.endsAt), `SUMMARY:${text(`${s.order}. ${s.title}`)}`,
        ...(details.length ? [`DESCRIPTION:${text(details.join('\n'))}`] : []), 'END:VEVENT',
      ];
    }),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11). */
export function text(value: string): string {
  return value.normalize('NFC').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on lines starting with one space (RFC 5545 §3.1). */
export function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (size + n > limit) {
      out.push(current);
      [current, size, limit] = ['', 0, 74];
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Asia/Ho_Chi_Minh has kept +07:00 without daylight saving since 1975. */
function vtimezone(tz: string): string[] {
  return ['BEGIN:VTIMEZONE', `TZID:${tz}`, 'BEGIN:STANDARD', 'DTSTART:19750613T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:ICT', 'END:STANDARD', 'END:VTIMEZONE'];
}
