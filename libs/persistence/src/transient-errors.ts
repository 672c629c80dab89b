/**
 * Errors that mean "the database is not there right now" (refused, restarting, starting up, out
 * of connections, a dropped socket): worth waiting for at start-up, and answered 503 with
 * Retry-After over HTTP (service-kit's databaseProblem). Anything else — a wrong password, a missing database, a failing migration — is not.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, recovering)
  '53300', // too_many_connections
]);
// pg and pg-pool say these without a code
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection timeout/i,
  /Client has encountered a connection error/i,
  /the database system is (starting up|shutting down)/i,
];

export function isTransientDatabaseError(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 4) return false;
  const err = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof err.code === 'string' && (TRANSIENT_CODES.has(err.code) || err.code.startsWith('08'))) return true;
  if (typeof err.message === 'string' && TRANSIENT_MESSAGES.some((r) => r.test(err.message as string))) return true;
  // AggregateError (a host with several addresses), TypeORM's wrapper, a cause chain
  if (Array.isArray(err.errors) && err.errors.some((x) => isTransientDatabaseError(x, depth + 1))) return true;
  return isTransientDatabaseError(err.driverError, depth + 1) || isTransientDatabaseError(err.cause, depth + 1);
}
