import { Conflict, InvalidInput, NotFound } from '@tdkt/domain-errors';
import type { ProblemInit } from './problem.types';

/** A service's words, in both languages, for what its `NotFound` errors may name (`what`). */
export type NotFoundNouns<What extends string = string> = Readonly<Record<What, { vi: string; en: string }>>;

/**
 * `@tdkt/domain-errors` → problem details, Vietnamese first with the English alongside; undefined
 * for any other error, and for a `NotFound` whose `what` the service gave no noun for.
 */
export function commonProblem(err: unknown, nouns: NotFoundNouns = {}): ProblemInit | undefined {
  if (err instanceof NotFound) {
    const w = Object.hasOwn(nouns, err.what) ? nouns[err.what] : undefined;
    if (!w) return undefined;
    return {
      status: 404,
      vi: { title: `Không tìm thấy ${w.vi}`, detail: `Không có ${w.vi} mã ${err.id}` },
      en: { title: `${w.en} not found`, detail: err.message },
    };
  }
  if (err instanceof Conflict) {
    return {
      status: 409,
      type: err.type,
      vi: { title: 'Không thể thực hiện', detail: err.vi },
      en: { title: 'Conflict', detail: err.en },
      ...(err.field ? { errors: [{ field: err.field, code: err.type, vi: err.vi, en: err.en }] } : {}),
    };
  }
  if (err instanceof InvalidInput) {
    return {
      status: 400,
      vi: { title: 'Dữ liệu không hợp lệ', detail: err.vi },
      en: { title: 'Invalid request', detail: err.en },
      errors: [{ field: err.field, code: err.code, vi: err.vi, en: err.en }],
    };
  }
  return undefined;
}
