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
