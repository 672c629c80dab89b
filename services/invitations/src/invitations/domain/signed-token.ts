import { createHmac, timingSafeEqual } from 'node:crypto';
import { LinkRefused } from '../../common/domain/invitations.errors';

/**
 * Personal links that work without logging in: the RSVP link of an invitation mail and the
 * check-in QR code. `base64url(claims).base64url(HMAC-SHA256)`; the secret never leaves the
 * service, so a changed claim (another invitation, a later expiry) fails the signature.
 */
export type TokenPurpose = 'rsvp' | 'checkin';

export interface TokenClaims {
  purpose: TokenPurpose;
  invitationId: string;
  /** one per mail: an RSVP link is bound to the first answer given with it */
  tokenId: string;
  expiresAt: Date;
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');
const mac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`tdkt-invitations:${payload}`).digest();

export function signToken(c: TokenClaims, secret: string): string {
  const payload = b64(
    JSON.stringify({ p: c.purpose, i: c.invitationId, n: c.tokenId, e: Math.floor(c.expiresAt.getTime() / 1000) }),
  );
  return `${payload}.${b64(mac(secret, payload))}`;
}

/** The claims of a genuine, unexpired token of the expected purpose; LinkRefused otherwise. */
export function verifyToken(token: string, secret: string, purpose: TokenPurpose, now: Date): TokenClaims {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) throw new LinkRefused('forged');
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new LinkRefused('forged');
  let raw: { p?: unknown; i?: unknown; n?: unknown; e?: unknown };
  try {
    raw = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new LinkRefused('forged');
  }
  if (
    typeof raw.i !== 'string' ||
    typeof raw.n !== 'string' ||
    typeof raw.e !== 'number' ||
    (raw.p !== 'rsvp' && raw.p !== 'checkin')
  ) {
    throw new LinkRefused('forged');
  }
  if (raw.p !== purpose) throw new LinkRefused('wrong-purpose');
  const claims: TokenClaims = {
    purpose: raw.p,
    invitationId: raw.i,
    tokenId: raw.n,
    expiresAt: new Date(raw.e * 1000),
  };
  if (claims.expiresAt.getTime() <= now.getTime()) throw new LinkRefused('expired');
  return claims;
}
