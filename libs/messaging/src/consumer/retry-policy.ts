import { NonRetriableError } from './event-handler';

export type FailureKind = 'permanent' | 'infrastructure' | 'ordinary';

// connection loss, admin shutdown, cannot connect, serialization failure, deadlock
const PG_TRANSIENT = /^(08|57P0|40001|40P01|53300)/;
const NET_TRANSIENT = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

/**
 * Infrastructure failures (the database is down) are retried until it returns: dead-lettering
 * every message of an outage would lose ordering for nothing. Ordinary failures are retried a
 * few times, then dead-lettered; permanent ones are dead-lettered at once.
 */
export function classifyFailure(err: unknown): FailureKind {
  if (err instanceof NonRetriableError) return 'permanent';
  const e = err as { code?: string; driverError?: { code?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  if (code && (PG_TRANSIENT.test(code) || NET_TRANSIENT.has(code))) return 'infrastructure';
  if (/Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(e?.message ?? '')) {
    return 'infrastructure';
  }
  return 'ordinary';
}

export function backoffMs(attempt: number, initial: number, max: number): number {
  const exp = Math.min(max, initial * 2 ** (attempt - 1));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}
