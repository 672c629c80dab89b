import type { ProblemInit } from '@tdkt/service-kit';
import {
  CovenantError,
  CovenantNotFound,
  CovenantRuleBroken,
  CovenantStateConflict,
  NotAParty,
  PartyAlreadySigned,
  TargetImportRejected,
} from './domain/covenant.errors';

/** Domain errors → problem details, with a Vietnamese message and the English alongside. */
export function mapCovenantError(err: unknown): ProblemInit | undefined {
  if (!(err instanceof CovenantError)) return undefined;
  if (err instanceof CovenantNotFound) {
    return {
      status: 404,
      vi: { title: 'Không tìm thấy giao ước', detail: `Không có giao ước thi đua mã ${err.covenantId}` },
      en: { title: 'Covenant not found', detail: err.message },
    };
  }
  if (err instanceof PartyAlreadySigned) {
    return {
      status: 409,
      vi: { title: 'Đơn vị đã ký', detail: `${err.unitName} đã ký giao ước này; không thể ký lần hai` },
      en: { title: 'Party already signed', detail: err.message },
    };
  }
  if (err instanceof NotAParty) {
    return {
      status: 422,
      vi: { title: 'Không phải bên ký kết', detail: `Đơn vị ${err.partyId} không phải là bên tham gia giao ước này` },
      en: { title: 'Not a party to this covenant', detail: err.message },
      errors: [
        { field: err.field, code: 'notAParty', vi: 'Đơn vị không thuộc giao ước', en: 'not a party to this covenant' },
      ],
    };
  }
  if (err instanceof CovenantStateConflict) {
    return {
      status: 409,
      type: `covenant-${err.code}`,
      vi: { title: 'Trạng thái giao ước không cho phép', detail: err.vi },
      en: { title: 'Not allowed in the covenant’s state', detail: err.en },
      ...(err.field ? { errors: [{ field: err.field, code: err.code, vi: err.vi, en: err.en }] } : {}),
    };
  }
  if (err instanceof CovenantRuleBroken) {
    return {
      status: 422,
      type: `covenant-${err.code}`,
      vi: { title: 'Không thể thực hiện', detail: err.vi },
      en: { title: 'Cannot be carried out', detail: err.en },
      errors: [{ field: err.field, code: err.code, vi: err.vi, en: err.en }],
    };
  }
  if (err instanceof TargetImportRejected) {
    return {
      status: 422,
      type: 'target-import-rejected',
      vi: {
        title: 'Tệp chỉ tiêu có lỗi',
        detail: `Có ${err.rows.length} lỗi trong tệp; chưa nhập chỉ tiêu nào. Sửa các dòng được nêu rồi tải lên lại.`,
      },
      en: {
        title: 'The targets file has errors',
        detail: `${err.rows.length} error(s) in the file; nothing was imported. Fix the rows listed and upload it again.`,
      },
      errors: err.rows.map((r) => ({
        field: r.row ? `rows[${r.row}].${r.field}` : `rows[].${r.field}`,
        code: 'importRow',
        vi: r.vi,
        en: r.en,
      })),
    };
  }
  return undefined;
}
