export type Language = 'vi' | 'en';

/**
 * Picks the response language from an Accept-Language header: English when the client prefers
 * it over Vietnamese, Vietnamese otherwise (also for absent, unknown or wildcard preferences).
 */
export function preferredLanguage(header: string | string[] | undefined): Language {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return 'vi';
  let best: { lang: Language; q: number } | undefined;
  for (const part of value.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.trim().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const q = qualityOf(params);
    // on a tie the earlier entry wins, as the client listed it first
    if (q > 0 && (!best || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}

function qualityOf(params: string[]): number {
  for (const p of params) {
    const [k, v] = p.split('=').map((s) => s.trim());
    if (k === 'q') {
      const q = Number(v);
      return Number.isFinite(q) ? q : 0;
    }
  }
  return 1;
}
