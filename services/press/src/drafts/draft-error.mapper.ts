import { commonProblem, type ProblemInit } from '@tdkt/service-kit';
import {
  CommentRequired,
  DraftError,
  DraftNotFound,
  InvalidTransition,
  NothingToMerge,
  RoleNotAllowed,
  SelfApproval,
  StaleVersion,
} from './domain/draft.errors';

const STATUS_VI: Record<string, string> = {
  draft: 'dự thảo',
  in_review: 'đang duyệt',
  approved: 'đã duyệt',
  published: 'đã xuất bản',
  rejected: 'bị trả lại',
};
const vi = (statuses: readonly string[]) => statuses.map((s) => STATUS_VI[s] ?? s).join(', ');

/** Domain errors → problem details, Vietnamese first with the English alongside. */
export function mapDraftError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof DraftError)) return commonProblem(err); // InvalidEdit
  if (err instanceof DraftNotFound) {
    return {
      status: 404,
      vi: { title: 'Không tìm thấy bản tin', detail: `Không có bản tin dự thảo mã ${err.draftId}` },
      en: { title: 'Draft not found', detail: err.message },
    };
  }
  if (err instanceof RoleNotAllowed) {
    return {
      status: 403,
      type: 'role-not-allowed',
      vi: {
        title: 'Không có quyền',
        detail: `Vai trò ${err.role} không được phép thực hiện "${err.action}"; cần: ${err.allowed.join(', ')}`,
      },
      en: { title: 'Role not allowed', detail: err.message },
    };
  }
  if (err instanceof SelfApproval) {
    return {
      status: 403,
      type: 'self-approval',
      vi: {
        title: 'Không được tự duyệt',
        detail: 'Người gửi duyệt bản tin không được tự duyệt bản tin đó; cần một người khác duyệt',
      },
      en: { title: 'Self-approval not allowed', detail: err.message },
    };
  }
  if (err instanceof InvalidTransition) {
    return {
      status: 409,
      type: 'invalid-transition',
      vi: {
        title: 'Không thể thực hiện ở trạng thái này',
        detail: `Bản tin đang ở trạng thái "${STATUS_VI[err.status] ?? err.status}"; "${err.action}" chỉ thực hiện được khi: ${vi(err.allowedFrom)}`,
      },
      en: { title: 'Not possible in this state', detail: err.message },
    };
  }
  if (err instanceof CommentRequired) {
    return {
      status: 400,
      vi: { title: 'Dữ liệu không hợp lệ', detail: 'Trả lại bản tin cần có nhận xét' },
      en: { title: 'Invalid request', detail: err.message },
      errors: [
        { field: 'comment', code: 'isNotEmpty', vi: 'Cần nhận xét khi trả lại', en: 'a rejection needs a comment' },
      ],
    };
  }
  if (err instanceof StaleVersion) {
    return {
      status: 409,
      type: 'stale-version',
      vi: {
        title: 'Bản tin đã thay đổi',
        detail: `Bản tin đang ở phiên bản ${err.actual}, bạn sửa trên phiên bản ${err.expected}; hãy tải lại`,
      },
      en: { title: 'Stale version', detail: err.message },
    };
  }
  if (err instanceof NothingToMerge) {
    return {
      status: 409,
      type: 'nothing-to-merge',
      vi: { title: 'Không có thông tin mới', detail: 'Không có thông tin mới để cập nhật vào bản tin' },
      en: { title: 'Nothing to merge', detail: err.message },
    };
  }
  return undefined;
}
