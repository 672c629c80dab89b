import type { ProblemInit } from '@tdkt/service-kit';
import { Conflict, InvalidInput, InvitationsError, LinkRefused, NotFound } from './domain/invitations.errors';

const WHAT: Record<NotFound['what'], { vi: string; en: string }> = {
  guest: { vi: 'khách mời', en: 'guest' },
  conference: { vi: 'hội nghị', en: 'conference' },
  invitation: { vi: 'giấy mời', en: 'invitation' },
  organization: { vi: 'cơ quan tổ chức', en: 'organization' },
  mail: { vi: 'thư', en: 'mail' },
};

/** Domain errors → problem details, Vietnamese first with the English alongside. */
export function mapInvitationsError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof InvitationsError)) return undefined;
  if (err instanceof LinkRefused) {
    if (err.reason === 'expired') {
      return {
        status: 410, type: 'link-expired',
        vi: { title: 'Liên kết đã hết hạn', detail: 'Liên kết trả lời giấy mời đã hết hạn (hội nghị đã kết thúc); không có gì thay đổi. Xin liên hệ ban tổ chức' },
        en: { title: 'Link expired', detail: 'the link has expired (the conference is over); nothing was changed. Contact the organizer' },
      };
    }
    return {
      status: 400, type: 'link-invalid',
      vi: { title: 'Liên kết không hợp lệ', detail: 'Liên kết không đúng hoặc đã bị sửa đổi; không có gì thay đổi. Hãy dùng đúng liên kết trong thư mời' },
      en: { title: 'Invalid link', detail: `the link is not genuine (${err.reason}); nothing was changed. Use the link from the invitation mail` },
    };
  }
  if (err instanceof NotFound) {
    const w = WHAT[err.what];
    return { status: 404, vi: { title: `Không tìm thấy ${w.vi}`, detail: `Không có ${w.vi} mã ${err.id}` }, en: { title: `${w.en} not found`, detail: err.message } };
  }
  if (err instanceof Conflict) {
    return {
      status: 409, type: err.type, vi: { title: 'Không thể thực hiện', detail: err.vi }, en: { title: 'Conflict', detail: err.en },
      ...(err.field ? { errors: [{ field: err.field, code: err.type, vi: err.vi, en: err.en }] } : {}),
    };
  }
  if (err instanceof InvalidInput) {
    return {
      status: 400, vi: { title: 'Dữ liệu không hợp lệ', detail: err.vi }, en: { title: 'Invalid request', detail: err.en },
      errors: [{ field: err.field, code: err.code, vi: err.vi, en: err.en }],
    };
  }
  return undefined;
}
