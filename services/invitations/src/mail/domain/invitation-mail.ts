import { personWithTitles } from '@tdkt/vietnamese';
import type { ScheduledConference } from '../../conferences/domain/conference';
import { clockTime, meetingTime } from './meeting-time';

/** What a mail is for. An update, a cancellation and a withdrawal carry the ICS of the same UID. */
export type MailPurpose = 'invitation' | 'update' | 'cancellation' | 'reminder' | 'withdrawal';

export interface Addressee {
  name: string;
  titles: readonly string[];
  /** a collective's representative: "đại diện Sở Nội vụ" */
  representing?: string;
}

export interface RsvpLinks {
  accept: string;
  decline: string;
  substitute: string;
}

export interface MailInput {
  purpose: MailPurpose;
  conference: ScheduledConference;
  addressee: Addressee;
  links?: RsvpLinks;
  /** the Content-ID of the check-in QR image, when one is attached */
  qrCid?: string;
  /** rescheduled: the former time; cancelled/withdrawn: the reason */
  previous?: { startsAt: Date; endsAt: Date };
  reason?: string;
  /** a reminder to a guest who named a substitute */
  substituteName?: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function where(c: ScheduledConference): string[] {
  const lines: string[] = [];
  if (c.venue) lines.push(`Địa điểm: ${c.venue.name}${c.venue.address ? `, ${c.venue.address}` : ''}.`);
  if (c.format === 'online' || c.format === 'hybrid') {
    const points = c.connectionPoints.map((p) => `${p.hostUnit} (${p.location})`);
    lines.push(
      `Hình thức: ${c.format === 'online' ? 'trực tuyến' : 'trực tiếp kết hợp trực tuyến'}${points.length ? `; các điểm cầu: ${points.join('; ')}` : ''}.`,
    );
  }
  return lines;
}

const SUBJECT: Record<MailPurpose, string> = {
  invitation: 'Giấy mời',
  update: 'Thay đổi thời gian',
  cancellation: 'Thông báo hủy',
  reminder: 'Nhắc lịch',
  withdrawal: 'Thông báo về giấy mời',
};

/**
 * The mail in Vietnamese, as a secretariat writes it ("Kính gửi: Đồng chí …", "trân trọng kính
 * mời"), in plain text and HTML with the same content. The ICS and the QR code are attached by
 * the caller.
 */
export function composeMail(m: MailInput): ComposedMail {
  const c = m.conference;
  const tz = c.timeZone;
  const addressee = `${personWithTitles(m.addressee.name, m.addressee.titles)}${m.addressee.representing ? `, đại diện ${m.addressee.representing}` : ''}`;
  const time = `Thời gian: ${meetingTime(c.startsAt, tz)} (đến ${clockTime(c.endsAt, tz)}).`;
  const paragraphs: string[] = [];
  switch (m.purpose) {
    case 'invitation':
      paragraphs.push(
        `${c.organizerName} trân trọng kính mời đồng chí đến dự ${c.title}.`,
        [time, ...where(c)].join('\n'),
      );
      break;
    case 'update':
      paragraphs.push(
        `${c.organizerName} trân trọng thông báo: ${c.title} chuyển sang thời gian mới${m.reason ? ` (lý do: ${m.reason})` : ''}. Kính mời đồng chí dự theo thời gian dưới đây.`,
        [
          time,
          ...(m.previous ? [`Thời gian cũ (không còn hiệu lực): ${meetingTime(m.previous.startsAt, tz)}.`] : []),
          ...where(c),
        ].join('\n'),
      );
      break;
    case 'cancellation':
      paragraphs.push(
        `${c.organizerName} trân trọng thông báo: ${c.title} dự kiến tổ chức lúc ${meetingTime(c.startsAt, tz)} được hủy${m.reason ? ` (lý do: ${m.reason})` : ''}. Giấy mời trước đây không còn hiệu lực. Xin cáo lỗi cùng đồng chí.`,
      );
      break;
    case 'withdrawal':
      paragraphs.push(
        `${c.organizerName} trân trọng thông báo: giấy mời đồng chí dự ${c.title} (${meetingTime(c.startsAt, tz)}) không còn hiệu lực${m.reason ? ` (lý do: ${m.reason})` : ''}. Xin cáo lỗi cùng đồng chí.`,
      );
      break;
    case 'reminder':
      paragraphs.push(
        `${c.organizerName} trân trọng nhắc đồng chí lịch dự ${c.title}.${m.substituteName ? ` Đồng chí đã cử đồng chí ${m.substituteName} dự thay.` : ''}`,
        [time, ...where(c)].join('\n'),
      );
      break;
  }
  const rsvp =
    m.links && (m.purpose === 'invitation' || m.purpose === 'update')
      ? ([
          ['Xác nhận tham dự', m.links.accept],
          ['Báo vắng (không tham dự)', m.links.decline],
          ['Cử người dự thay', m.links.substitute],
        ] as const)
      : undefined;
  const qrLine =
    m.qrCid && m.purpose !== 'cancellation' && m.purpose !== 'withdrawal'
      ? 'Mã QR kèm theo dùng để điểm danh khi đến hội nghị (tại hội trường hoặc điểm cầu).'
      : undefined;
  const icsLine =
    m.purpose === 'reminder' ? undefined : 'Tệp lịch (.ics) đính kèm cập nhật lịch làm việc của đồng chí.';

  const text = [
    `Kính gửi: Đồng chí ${addressee}`,
    ...paragraphs,
    ...(rsvp
      ? [`Đề nghị đồng chí xác nhận tham dự:\n${rsvp.map(([label, url]) => `- ${label}: ${url}`).join('\n')}`]
      : []),
    ...(qrLine ? [qrLine] : []),
    ...(icsLine ? [icsLine] : []),
    `Trân trọng,\n${c.organizerName}`,
  ].join('\n\n');

  const p = (s: string) => `<p>${esc(s).replace(/\n/g, '<br>')}</p>`;
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5">',
    `<p><strong>Kính gửi:</strong> Đồng chí ${esc(addressee)}</p>`,
    ...paragraphs.map(p),
    ...(rsvp
      ? [
          `<p>Đề nghị đồng chí xác nhận tham dự:</p><p>${rsvp
            .map(
              ([label, url]) =>
                `<a href="${esc(url)}" style="display:inline-block;margin:0 8px 8px 0;padding:8px 14px;border:1px solid #a61c1c;border-radius:4px;color:#a61c1c;text-decoration:none">${esc(label)}</a>`,
            )
            .join('')}</p>`,
        ]
      : []),
    ...(qrLine
      ? [p(qrLine), `<p><img src="cid:${esc(m.qrCid!)}" alt="Mã QR điểm danh" width="180" height="180"></p>`]
      : []),
    ...(icsLine ? [p(icsLine)] : []),
    `<p>Trân trọng,<br>${esc(c.organizerName)}</p>`,
    '</body></html>',
  ].join('\n');

  return {
    subject: `${SUBJECT[m.purpose]}: ${c.title}`.normalize('NFC'),
    text: text.normalize('NFC'),
    html: html.normalize('NFC'),
  };
}
