import { isTransientDatabaseError } from '@tdkt/persistence';
import type { ProblemInit } from './problem.types';

/**
 * PostgreSQL failures that reach the HTTP layer, as pg raises them or TypeORM wraps them
 * (`QueryFailedError.driverError`), turned into what they mean to a client:
 * - 23505 unique_violation: two concurrent requests both checked, the later one lost → 409;
 * - class 22 data exception (invalid text representation, numeric out of range, string too long,
 *   bad datetime, invalid byte sequence…): a value the validation let through but the column
 *   refuses → 400;
 * - the database unreachable or restarting (persistence's isTransientDatabaseError: connection
 *   refused/reset, 57P01–57P03, class 08, too many connections, pool timeout) → 503 + Retry-After.
 */
export function databaseProblem(e: unknown): ProblemInit | undefined {
  const code = sqlState(e);
  if (code === '23505') return concurrentConflict;
  if (code?.startsWith('22')) return dataException;
  if (isTransientDatabaseError(e)) return unavailable;
  return undefined;
}

/** Seconds a client should wait before retrying when the database is away (a restart takes a few). */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

type PgLike = { code?: unknown; driverError?: PgLike };

function sqlState(e: unknown): string | undefined {
  const err = e as PgLike | undefined;
  const code = err?.driverError?.code ?? err?.code;
  return typeof code === 'string' ? code : undefined;
}

const concurrentConflict: ProblemInit = {
  status: 409,
  type: 'concurrent-conflict',
  vi: { title: 'Xung đột dữ liệu', detail: 'Một yêu cầu khác vừa ghi nhận cùng dữ liệu; hãy tải lại và kiểm tra' },
  en: { title: 'Conflict', detail: 'another request just recorded the same data; reload and check' },
};

const dataException: ProblemInit = {
  status: 400,
  type: 'invalid-value',
  vi: {
    title: 'Dữ liệu không hợp lệ',
    detail:
      'Một giá trị trong yêu cầu không lưu được: sai định dạng, quá dài hoặc vượt giới hạn; hãy kiểm tra lại các trường',
  },
  en: {
    title: 'Invalid value',
    detail: 'a value in the request cannot be stored: wrong format, too long or out of range; check the fields',
  },
};

const unavailable: ProblemInit = {
  status: 503,
  type: 'database-unavailable',
  retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  vi: {
    title: 'Dịch vụ tạm thời không khả dụng',
    detail: 'Cơ sở dữ liệu tạm thời không kết nối được; hãy thử lại sau ít giây',
  },
  en: { title: 'Service unavailable', detail: 'the database cannot be reached at the moment; retry in a few seconds' },
};
