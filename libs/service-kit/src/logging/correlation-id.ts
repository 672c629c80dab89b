import { randomUUID } from 'node:crypto';

// Ids from outside end up in logs and event headers: accept only a short, plain token.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's correlation id when it is a sane token, a fresh UUID otherwise. */
export function correlationIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTABLE.test(value) ? value : randomUUID();
}
