import { commonProblem, type NotFoundNouns, type ProblemInit } from '@tdkt/service-kit';
import {
  AwardsError,
  DecisionRefused,
  DuplicateDecision,
  MalformedSpreadsheet,
  type AwardsThing,
} from './domain/awards.errors';

const WHAT: NotFoundNouns<AwardsThing> = {
  decision: { vi: 'quyết định', en: 'decision' },
  recipient: { vi: 'đối tượng khen thưởng', en: 'recipient' },
  award: { vi: 'khen thưởng', en: 'award' },
  'award-type': { vi: 'hình thức khen thưởng', en: 'award type' },
  proposal: { vi: 'đề xuất khen thưởng', en: 'proposal' },
};

/** Domain errors → problem details, Vietnamese first with the English alongside. */
export function mapAwardsError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof AwardsError)) return commonProblem(err, WHAT);
  if (err instanceof DecisionRefused) {
    const rows = new Set(err.refusals.map((r) => r.field.split('.')[0])).size;
    return {
      status: 422,
      type: 'decision-refused',
      vi: {
        title: 'Quyết định không được ghi nhận',
        detail: `Có ${err.refusals.length} lỗi ở ${rows} dòng; chưa có gì được ghi nhận. Hãy sửa các dòng được nêu trong "errors" rồi gửi lại.`,
      },
      en: {
        title: 'Decision refused',
        detail: `${err.refusals.length} problem(s) in ${rows} row(s); nothing was recorded. Fix the rows listed in "errors" and send again.`,
      },
      errors: err.refusals.map((r) => ({ field: r.field, code: r.code, vi: r.vi, en: r.en })),
    };
  }
  if (err instanceof DuplicateDecision) {
    return {
      status: 409,
      type: 'duplicate-decision',
      vi: {
        title: 'Trùng số quyết định',
        detail: `${err.authority} đã có Quyết định số ${err.number} năm ${err.year}${err.existingId ? ` (mã ${err.existingId})` : ''}; kiểm tra lại số quyết định`,
      },
      en: { title: 'Duplicate decision number', detail: err.message },
      errors: [
        {
          field: 'number',
          code: 'duplicateDecision',
          vi: `Số ${err.number} đã dùng năm ${err.year}`,
          en: `number ${err.number} already used in ${err.year}`,
        },
      ],
    };
  }
  if (err instanceof MalformedSpreadsheet) {
    return {
      status: 400,
      type: 'malformed-spreadsheet',
      vi: { title: 'Tệp danh sách không hợp lệ', detail: err.vi },
      en: { title: 'Malformed spreadsheet', detail: err.en },
      errors: [{ field: 'file', code: 'malformedSpreadsheet', vi: err.vi, en: err.en }],
    };
  }
  return undefined;
}
