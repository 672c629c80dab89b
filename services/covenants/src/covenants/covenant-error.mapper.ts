import type { ProblemInit } from '@tdkt/service-kit';
import { CovenantError, CovenantNotFound, InvalidCovenant, NotAParty, PartyAlreadySigned } from './domain/covenant.errors';

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
      errors: [{ field: 'partyId', code: 'notAParty', vi: 'Đơn vị không thuộc giao ước', en: 'not a party to this covenant' }],
    };
  }
  if (err instanceof InvalidCovenant) {
    return {
      status: 400,
      vi: { title: 'Dữ liệu không hợp lệ', detail: err.vi },
      en: { title: 'Invalid request', detail: err.en },
      errors: [{ field: err.field, code: 'invalidCovenant', vi: err.vi, en: err.en }],
    };
  }
  return undefined;
}
