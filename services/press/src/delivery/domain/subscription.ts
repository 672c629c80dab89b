import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DraftKind } from '@tdkt/contracts';
import { foldDiacritics } from '@tdkt/vietnamese';

/** A press office's subscription: which organizations and kinds of draft it receives (empty = all). */
export interface Subscription {
  id: string;
  pressOffice: string;
  organizations: string[];
  kinds: DraftKind[];
  webhookUrl?: string;
  secret: string;
  createdAt: Date;
  /** the press office (tenant) that made it: only its members (and admin) see it */
  tenant?: string;
}

/**
 * The Atom feed's own credential: feed readers send no bearer token, so the feed URL carries a key
 * derived from the subscription's secret (`?key=`). Nothing new to store; a new secret, a new URL.
 */
export const feedKey = (s: Pick<Subscription, 'id' | 'secret'>): string =>
  createHmac('sha256', s.secret).update(`feed:${s.id}`).digest('base64url');

export function feedKeyMatches(s: Pick<Subscription, 'id' | 'secret'>, key: string | undefined): boolean {
  if (!key) return false;
  const want = Buffer.from(feedKey(s));
  const got = Buffer.from(key);
  return got.length === want.length && timingSafeEqual(got, want);
}

const key = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();

/** Organizations match by id or by name, without regard to case or diacritics ("UBND tỉnh Sơn La" = "ubnd tinh son la"). */
export function subscriptionMatches(
  s: Pick<Subscription, 'organizations' | 'kinds'>,
  p: { kind: DraftKind; organizations: string[] },
): boolean {
  if (s.kinds.length && !s.kinds.includes(p.kind)) return false;
  if (!s.organizations.length) return true;
  const theirs = new Set(p.organizations.map(key));
  return s.organizations.some((o) => theirs.has(key(o)));
}
