/** The Idempotency-Key header as every creating POST documents it. */
export const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'a retry with the same key and body returns the first answer instead of creating again',
};
