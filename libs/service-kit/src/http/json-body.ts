import { isUtf8 } from 'node:buffer';

/** The body parser's error types for the refusals below (see http-problems). */
export const INVALID_UTF8 = 'encoding.invalid-utf8';
export const TOO_DEEP = 'entity.too-deep';

/** No request here nests deeper; anything beyond is an attack on recursive code (hashing, validation, logging). */
export const MAX_JSON_DEPTH = 32;

/**
 * The JSON parser's `verify` hook, on the raw bytes before parsing:
 * - invalid UTF-8 is refused (400) instead of being decoded with U+FFFD in place of the bytes —
 *   silently altered names are worse than an error;
 * - nesting deeper than MAX_JSON_DEPTH is refused (400) before any recursive code sees it.
 */
export function verifyJsonBody(_req: unknown, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) throw refusal('request body is not valid UTF-8', INVALID_UTF8);
  if (nestingDepth(buf) > MAX_JSON_DEPTH)
    throw refusal(`request body is nested deeper than ${MAX_JSON_DEPTH} levels`, TOO_DEEP);
}

const refusal = (message: string, type: string) => Object.assign(new Error(message), { status: 400, type });

/** The deepest nesting of brackets and braces outside strings (UTF-8: these bytes never occur inside a multi-byte character). */
function nestingDepth(buf: Buffer): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      depth++;
      if (depth > max) max = depth;
      if (max > MAX_JSON_DEPTH) return max;
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return max;
}
