import type { ProblemInit } from '@tdkt/service-kit';
import { AwardsError, Conflict, DecisionRefused, DuplicateDecision, InvalidInput, MalformedSpreadsheet, NotFound } from './domain/awards.errors';

const WHAT: Record<NotFound['what'], { vi: string; en: string }> = {
  decision: { vi: 'quyết định', en: 'decision' },
  recipient: { vi: 'đối tượng khen thưởng', en: 'recipient' },
  award: { vi: 'khen thưởng', en: 'award' },
  'award-type': { vi: 'hình thức khen thưởng', en: 'award type' },
  proposal: { vi: 'đề xuất khen thưởng', en: 'proposal' },
};

/** Domain errors → problem details, Vietnamese first with the English alongside. */
export function mapAwardsError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof AwardsError)) return undefined;
  if (err instanceof DecisionRefused) {
    const rows = new Set(err.refusals.map((r) => r.field.split('.')[0])).size;
    return {
      status: 422, type: 'decision-refused',
      vi: { title: 'Quyết định không được ghi nhận', detail: `Có ${err.refusals.length} lỗi ở ${rows} dòng; chưa có gì được ghi nhận. Hãy sửa các dòng được nêu trong "errors" rồi gửi lại.` },
      en: { title: 'Decision refused', detail: `${err.refusals.length} problem(s) in ${rows} row(s); nothing was recorded. Fix the rows listed in "errors" and send again.` },
      errors: err.refusals.map((r) => ({ field: r.field, code: r.code, vi: r.vi, en: r.en })),
    };
  }
  if (err instanceof DuplicateDecision) {
    return {
      status: 409, type: 'duplicate-decision',
      vi: { title: 'Trùng số quyết định', detail: `${err.authority} đã có Quyết định số ${err.number} năm ${err.year}${err.existingId ? ` (mã ${err.existingId})` : ''}; kiểm tra lại số quyết định` },
      en: { title: 'Duplicate decision number', detail: err.message },
      errors: [{ field: 'number', code: 'duplicateDecision', vi: `Số ${err.number} đã dùng năm ${err.year}`, en: `number ${err.number} already used in ${err.year}` }],
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
      errors: [{ field: err.field, code: 'invalid', vi: err.vi, en: err.en }],
    };
  }
  if (err instanceof MalformedSpreadsheet) {
    return {
      status: 400, type: 'malformed-spreadsheet', vi: { title: 'Tệp danh sách không hợp lệ', detail: err.vi }, en: { title: 'Malformed spreadsheet', detail: err.en },
      errors: [{ field: 'file', code: 'malformedSpreadsheet', vi: err.vi, en: err.en }],
    };
  }
  return undefined;
}
