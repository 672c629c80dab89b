/**
 * Where to go after signing in: a path on this site only. Anything a browser could read as
 * another origin (`https://…`, `//host`, `/\host`, control characters) is refused: an open redirect.
 */
export function safeReturnTo(value: unknown): string | undefined {
  if (value === undefined || value === '') return '/';
  if (typeof value !== 'string' || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return undefined;
  // what the browser would resolve it to must stay on the same origin
  const base = 'http://gateway.invalid';
  const resolved = new URL(value, base);
  return resolved.origin === base ? `${resolved.pathname}${resolved.search}${resolved.hash}` : undefined;
}
