import { LinkRefused } from '../../common/domain/invitations.errors';
import { signToken, verifyToken, type TokenClaims } from './signed-token';

const secret = 'a-test-secret-of-enough-length';
const claims: TokenClaims = {
  purpose: 'rsvp',
  invitationId: '3f1c9a52-7f3e-4a53-9a55-5d0d7d3a0b11',
  tokenId: '9b2e4c1a-0000-4000-8000-000000000001',
  expiresAt: new Date('2024-03-01T00:00:00Z'),
};
const before = new Date('2024-02-20T00:00:00Z');
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof LinkRefused ? e.reason : `other: ${(e as Error).message}`;
  }
  return 'accepted';
};

describe('signed links (RSVP and check-in QR)', () => {
  it('gives back the claims of a genuine token', () => {
    expect(verifyToken(signToken(claims, secret), secret, 'rsvp', before)).toEqual(claims);
  });

  it('refuses a token signed with another secret, a changed claim, garbage', () => {
    const token = signToken(claims, secret);
    expect(
      refusal(() => verifyToken(signToken(claims, 'another-secret-of-enough-length'), secret, 'rsvp', before)),
    ).toBe('forged');
    const [, sig] = token.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({ p: 'rsvp', i: '00000000-0000-4000-8000-000000000000', n: claims.tokenId, e: 1709251200 }),
    ).toString('base64url');
    expect(refusal(() => verifyToken(`${otherPayload}.${sig}`, secret, 'rsvp', before))).toBe('forged');
    expect(refusal(() => verifyToken(`${token}x`, secret, 'rsvp', before))).toBe('forged');
    expect(refusal(() => verifyToken('not-a-token', secret, 'rsvp', before))).toBe('forged');
    expect(refusal(() => verifyToken('a.b.c', secret, 'rsvp', before))).toBe('forged');
  });

  it('refuses an expired token and one made for another purpose', () => {
    const token = signToken(claims, secret);
    expect(refusal(() => verifyToken(token, secret, 'rsvp', new Date('2024-03-01T00:00:00Z')))).toBe('expired');
    expect(refusal(() => verifyToken(token, secret, 'checkin', before))).toBe('wrong-purpose');
  });
});
