import { isUtf8 } from 'node:buffer';

/** The body parser's error type for a body that is not UTF-8 (see http-problems). */
export const INVALID_UTF8 = 'encoding.invalid-utf8';

/**
 * The JSON parser's `verify` hook: a body with invalid UTF-8 bytes is refused (400) instead of
 * being decoded with U+FFFD in place of the bytes — silently altered names are worse than an error.
 */
export function refuseInvalidUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) throw Object.assign(new Error('request body is not valid UTF-8'), { status: 400, type: INVALID_UTF8 });
}
