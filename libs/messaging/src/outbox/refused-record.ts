/**
 * The broker's answers that refuse a record itself, for good: sending it again never succeeds,
 * so the relay parks it instead of retrying the batch forever. Anything else (broker away,
 * leader moving, authorization) is retried: it is about the broker, not the record.
 */
const REFUSED = new Set(['MESSAGE_TOO_LARGE', 'RECORD_LIST_TOO_LARGE', 'INVALID_RECORD', 'CORRUPT_MESSAGE']);

export function isRefusedRecord(e: unknown): boolean {
  const err = e as { name?: string; type?: string; cause?: unknown } | undefined;
  if (!err) return false;
  if (err.name === 'KafkaJSProtocolError' && typeof err.type === 'string' && REFUSED.has(err.type)) return true;
  return err.cause !== undefined && err.cause !== e && isRefusedRecord(err.cause);
}
