import { commonProblem, type NotFoundNouns, type ProblemInit } from '@tdkt/service-kit';
import { InvitationsError, LinkRefused, type Missing } from './domain/invitations.errors';

const WHAT: NotFoundNouns<Missing> = {
  guest: { vi: 'khách mời', en: 'guest' },
  conference: { vi: 'hội nghị', en: 'conference' },
  invitation: { vi: 'giấy mời', en: 'invitation' },
  organization: { vi: 'cơ quan tổ chức', en: 'organization' },
  mail: { vi: 'thư', en: 'mail' },
};

/** Domain errors → problem details, Vietnamese first with the English alongside. */
export function mapInvitationsError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof InvitationsError)) return commonProblem(err, WHAT);
  if (err instanceof LinkRefused) {
    if (err.reason === 'expired') {
      return {
        status: 410,
        type: 'link-expired',
        vi: {
          title: 'Liên kết đã hết hạn',
          detail:
            'Liên kết trả lời giấy mời đã hết hạn (hội nghị đã kết thúc); không có gì thay đổi. Xin liên hệ ban tổ chức',
        },
        en: {
          title: 'Link expired',
          detail: 'the link has expired (the conference is over); nothing was changed. Contact the organizer',
        },
      };
    }
    return {
      status: 400,
      type: 'link-invalid',
      vi: {
        title: 'Liên kết không hợp lệ',
        detail: 'Liên kết không đúng hoặc đã bị sửa đổi; không có gì thay đổi. Hãy dùng đúng liên kết trong thư mời',
      },
      en: {
        title: 'Invalid link',
        detail: `the link is not genuine (${err.reason}); nothing was changed. Use the link from the invitation mail`,
      },
    };
  }
  return undefined;
}
