import { localTime, personWithTitles } from '@tdkt/vietnamese';
import type { Attendance } from '../check-in/domain/check-in';
import type { Conference } from '../conferences/domain/conference';
import { ANSWER_LABEL, type Answer } from '../invitations/domain/invitation';
import type { ListedGuest } from '../invitations/guest-list.queries';
import { meetingTime } from '../mail/domain/meeting-time';
import type { Sheet } from './spreadsheet';

const STATUS: Record<string, string> = {
  draft: 'Chưa gửi',
  invited: 'Đã gửi',
  withdrawn: 'Đã rút',
  cancelled: 'Hội nghị hủy',
};

/** The guest list in protocol order (withdrawn guests left out), with answers and check-ins. */
export function guestListSheet(c: Conference, guests: ListedGuest[], attendance: Map<string, Attendance>): Sheet {
  const rows = guests
    .filter((g) => g.invitation.status !== 'withdrawn')
    .map((g, i) => {
      const inv = g.invitation;
      const a = attendance.get(inv.id);
      return [
        i + 1,
        g.guest.name,
        g.guest.titles.join('; '),
        g.guest.organization ?? '',
        g.guest.email ?? inv.representative?.email ?? '',
        STATUS[inv.status] ?? inv.status,
        inv.response === 'pending' ? 'Chưa trả lời' : ANSWER_LABEL[inv.response as Answer],
        inv.substitute
          ? personWithTitles(inv.substitute.name, inv.substitute.titles)
          : inv.representative
            ? `Đại diện: ${personWithTitles(inv.representative.name, inv.representative.titles)}`
            : '',
        a ? `${a.site.name} (${localTime(a.checkedInAt, c.timeZone)})` : '',
      ];
    });
  return {
    name: 'Danh sách khách mời',
    title: `DANH SÁCH KHÁCH MỜI — ${c.title ?? c.id}${c.startsAt ? `, ${meetingTime(c.startsAt, c.timeZone)}` : ''}`,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Chức vụ', width: 50 },
      { header: 'Cơ quan, đơn vị', width: 30 },
      { header: 'Thư điện tử', width: 28 },
      { header: 'Giấy mời', width: 14 },
      { header: 'Trả lời', width: 18 },
      { header: 'Người dự thay / đại diện', width: 36 },
      { header: 'Điểm danh', width: 36 },
    ],
    rows,
  };
}

/** Who checked in, in protocol order, with the site and the time. */
export function attendanceSheet(c: Conference, records: Attendance[]): Sheet {
  return {
    name: 'Điểm danh',
    title: `ĐIỂM DANH — ${c.title ?? c.id}`,
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 28 },
      { header: 'Chức vụ', width: 50 },
      { header: 'Dự thay cho', width: 28 },
      { header: 'Nơi điểm danh', width: 12 },
      { header: 'Hội trường / điểm cầu', width: 40 },
      { header: 'Thời gian', width: 12 },
      { header: 'Cách điểm danh', width: 16 },
    ],
    rows: records.map((r, i) => [
      i + 1,
      r.attendee.name,
      r.attendee.titles.join('; '),
      r.attendee.substituteFor ?? '',
      r.site.kind === 'venue' ? 'Hội trường' : 'Điểm cầu',
      r.site.name,
      localTime(r.checkedInAt, c.timeZone),
      r.method === 'qr' ? 'Mã QR' : 'Ban tổ chức',
    ]),
  };
}
