/** What a secret path segment becomes in the logs. */
export const REDACTED = '[redacted]';

/**
 * A function that hides the parameters of secret routes in a URL before it is logged: each
 * template (Express syntax, `/rsvp/:token`) names a route whose `:params` are credentials, e.g. the
 * signed token of an RSVP link that a guest opens without logging in. The query string is kept.
 */
export function urlRedactor(templates: readonly string[] = []): (url: string) => string {
  const patterns = templates.map((t) => t.split('/').filter(Boolean));
  if (patterns.length === 0) return (url) => url;
  return (url) => {
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const segments = path.split('/').filter(Boolean);
    for (const pattern of patterns) {
      if (pattern.length !== segments.length) continue;
      if (!pattern.every((p, i) => p.startsWith(':') || p === segments[i])) continue;
      const redacted = segments.map((s, i) => (pattern[i]!.startsWith(':') ? REDACTED : s));
      return `/${redacted.join('/')}${q < 0 ? '' : url.slice(q)}`;
    }
    return url;
  };
}
