import type { ScheduledConference } from '../../conferences/domain/conference';
import { buildIcs } from './ics';
import { composeMail } from './invitation-mail';
import { meetingTime } from './meeting-time';

const conference: ScheduledConference = {
  id: '6a1f0c1e-1111-4c9e-9c1e-000000000001',
  organizerName: 'UBND tỉnh Sơn La',
  kind: 'provincial-review',
  title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
  timeZone: 'Asia/Ho_Chi_Minh',
  startsAt: new Date('2024-02-29T01:00:00Z'),
  endsAt: new Date('2024-02-29T04:30:00Z'),
  format: 'hybrid',
  venue: { name: 'Hội trường Trung tâm Hội nghị tỉnh', address: 'Thành phố Sơn La' },
  connectionPoints: [
    {
      connectionPointId: '6a1f0c1e-1111-4c9e-9c1e-0000000000c1',
      hostUnit: 'UBND huyện Mộc Châu',
      location: 'Hội trường UBND huyện',
    },
  ],
};
const addressee = { name: 'Nguyễn Thái Hưng', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] };
const links = {
  accept: 'https://moi.example.vn/rsvp/T?answer=accept',
  decline: 'https://moi.example.vn/rsvp/T?answer=decline',
  substitute: 'https://moi.example.vn/rsvp/T?answer=substitute',
};

describe('the invitation mail, in Vietnamese', () => {
  it('writes the time as official documents do, in the conference time zone', () => {
    expect(meetingTime(new Date('2024-02-29T01:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '08 giờ 00, thứ Năm, ngày 29 tháng 02 năm 2024',
    );
    expect(meetingTime(new Date('2024-03-03T07:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe(
      '14 giờ 30, Chủ nhật, ngày 03 tháng 3 năm 2024',
    );
  });

  it('addresses the guest with titles, invites, gives the place, the connection points and the three answers', () => {
    const m = composeMail({ purpose: 'invitation', conference, addressee, links, qrCid: 'qr@tdkt' });
    expect(m.subject).toBe(`Giấy mời: ${conference.title}`);
    expect(m.text).toContain('Kính gửi: Đồng chí Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh');
    expect(m.text).toContain('UBND tỉnh Sơn La trân trọng kính mời đồng chí đến dự Hội nghị tổng kết');
    expect(m.text).toContain('Thời gian: 08 giờ 00, thứ Năm, ngày 29 tháng 02 năm 2024 (đến 11 giờ 30).');
    expect(m.text).toContain('Địa điểm: Hội trường Trung tâm Hội nghị tỉnh, Thành phố Sơn La.');
    expect(m.text).toContain('các điểm cầu: UBND huyện Mộc Châu (Hội trường UBND huyện)');
    expect(m.text).toContain(`- Xác nhận tham dự: ${links.accept}`);
    expect(m.text).toContain(`- Cử người dự thay: ${links.substitute}`);
    expect(m.html).toContain('href="https://moi.example.vn/rsvp/T?answer=decline"');
    expect(m.html).toContain('src="cid:qr@tdkt"');
    expect(m.text).toBe(m.text.normalize('NFC'));
  });

  it('an update names the new and the former time; a cancellation has no answer links', () => {
    const u = composeMail({
      purpose: 'update',
      conference,
      addressee,
      links,
      previous: { startsAt: new Date('2024-02-27T01:00:00Z'), endsAt: new Date('2024-02-27T04:00:00Z') },
      reason: 'trùng lịch làm việc với Trung ương',
    });
    expect(u.subject).toMatch(/^Thay đổi thời gian: /);
    expect(u.text).toContain('Thời gian cũ (không còn hiệu lực): 08 giờ 00, thứ Ba, ngày 27 tháng 02 năm 2024.');
    expect(u.text).toContain('lý do: trùng lịch làm việc với Trung ương');
    const c = composeMail({
      purpose: 'cancellation',
      conference,
      addressee,
      links,
      reason: 'theo chỉ đạo của Tỉnh ủy',
    });
    expect(c.subject).toMatch(/^Thông báo hủy: /);
    expect(c.text).not.toContain('Xác nhận tham dự');
  });

  it('escapes what people typed into the HTML', () => {
    const m = composeMail({
      purpose: 'invitation',
      conference,
      addressee: { name: '<b>Lê</b> & "Văn"', titles: [] },
      links,
    });
    expect(m.html).toContain('&lt;b&gt;Lê&lt;/b&gt; &amp; &quot;Văn&quot;');
  });

  it('builds the ICS: REQUEST with UID and SEQUENCE, CANCEL with the same UID', () => {
    const base = {
      uid: 'inv-1@tdkt.local',
      conference,
      organizer: { name: 'UBND tỉnh Sơn La', email: 'no-reply@tdkt.local' },
      attendee: { name: 'Nguyễn Thái Hưng', email: 'hung@sonla.gov.vn' },
      stamp: new Date('2024-02-10T00:00:00Z'),
    };
    const req = buildIcs({ ...base, sequence: 0, method: 'REQUEST' });
    expect(req).toContain('METHOD:REQUEST');
    expect(req).toContain('UID:inv-1@tdkt.local');
    expect(req).toContain('SEQUENCE:0');
    expect(req).toContain('DTSTART:20240229T010000Z');
    const cancel = buildIcs({ ...base, sequence: 2, method: 'CANCEL' });
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain('SEQUENCE:2');
    expect(cancel).toContain('UID:inv-1@tdkt.local');
  });
});
