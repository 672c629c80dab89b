import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { localTime, personWithTitles } from '@tdkt/vietnamese';
import type { AgendaSheet } from '../../conferences/domain/agenda-sheet';
import { isTimed } from '../../conferences/domain/segment';

// ical-generator writes a plain Date with a TZID in the process's own zone; a dayjs date carries the
// conference's zone, which ical-generator converts to (dayjs is its documented companion for this).
dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * The agenda as an iCalendar file (RFC 5545), written by ical-generator (escaping, CRLF, folding
 * at 75 octets without splitting a UTF-8 character): one VEVENT for the conference, its programme
 * in the description, and one VEVENT per timed segment (RELATED-TO the conference). Local times
 * with TZID and a VTIMEZONE. SEQUENCE follows reschedules and the cancellation, so calendars update.
 */
export function agendaCalendar(sheet: AgendaSheet, now = new Date()): string {
  const c = sheet.conference;
  const tz = c.timeZone;
  const uid = (id: string) => `${id}@agenda.tdkt`;
  const nfc = (s: string) => s.normalize('NFC');
  const status =
    c.status === 'cancelled'
      ? ICalEventStatus.CANCELLED
      : c.status === 'draft'
        ? ICalEventStatus.TENTATIVE
        : ICalEventStatus.CONFIRMED;
  const location = c.venue
    ? [c.venue.name, c.venue.address].filter(Boolean).join(', ')
    : c.connectionPoints.length
      ? `Trực tuyến (${c.connectionPoints.length} điểm cầu)`
      : '';
  const common = (start: Date, end: Date) => ({
    stamp: now,
    start: dayjs(start),
    end: dayjs(end),
    timezone: tz,
    sequence: c.sequence,
    status,
    ...(location ? { location: nfc(location) } : {}),
  });
  const programme = c.segments.map((s) => {
    const when = isTimed(s) ? `${localTime(s.startsAt, tz)}–${localTime(s.endsAt, tz)}` : 'chưa xếp giờ';
    const who = s.presenters.map((p) => personWithTitles(p.name, p.titles)).join('; ');
    return `${s.order}. ${when} ${s.title}${who ? ` (${who})` : ''}`;
  });
  const description = [
    `Đơn vị tổ chức: ${c.organizer.name}`,
    ...(c.cancellation ? [`Đã hủy: ${c.cancellation.reason}`] : []),
    'Chương trình:',
    ...programme,
  ].join('\n');

  const cal = ical({
    prodId: '//TDKT//Agenda 1.0//VI',
    scale: 'GREGORIAN',
    method: ICalCalendarMethod.PUBLISH,
    name: nfc(c.title),
    // the zone goes on each event, not on the calendar: ical-generator would write DTSTAMP in the
    // calendar's zone, and DTSTAMP is UTC (RFC 5545 §3.8.7.2)
    timezone: { name: null, generator: vtimezone },
    x: { 'X-WR-TIMEZONE': tz },
  });
  cal.createEvent({
    id: uid(c.id),
    ...common(c.startsAt, c.endsAt),
    summary: nfc(c.title),
    description: nfc(description),
  });
  const segments = c.segments.filter(isTimed);
  for (const s of segments) {
    const details = [
      ...s.presenters.map((p) => personWithTitles(p.name, p.titles)),
      ...(s.kind === 'award-presentation' ? sheet.awards.map((g) => g.presentation) : []),
      ...(s.kind === 'movement-launch' && c.movement ? [`Chủ đề: “${c.movement.theme}”`] : []),
    ];
    cal.createEvent({
      id: uid(s.id),
      ...common(s.startsAt, s.endsAt),
      summary: nfc(`${s.order}. ${s.title}`),
      ...(details.length ? { description: nfc(details.join('\n')) } : {}),
    });
  }
  // ical-generator has no RELATED-TO (and x() takes only X- names): added after each segment's UID,
  // a short line that needs no folding. It also leaves the last line without the CRLF every content
  // line ends with (RFC 5545 §3.1).
  return (
    segments.reduce(
      (out, s) => out.replace(`\r\nUID:${uid(s.id)}\r\n`, `\r\nUID:${uid(s.id)}\r\nRELATED-TO:${uid(c.id)}\r\n`),
      cal.toString(),
    ) + '\r\n'
  );
}

/** Asia/Ho_Chi_Minh (the only zone a conference takes) has kept +07:00 without daylight saving since 1975. */
function vtimezone(tz: string): string {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${tz}`,
    'BEGIN:STANDARD',
    'DTSTART:19750613T000000',
    'TZOFFSETFROM:+0700',
    'TZOFFSETTO:+0700',
    'TZNAME:ICT',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');
}
