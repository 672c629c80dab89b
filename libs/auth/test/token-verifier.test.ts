import { generateKeyPair, SignJWT, decodeJwt } from 'jose';
import { codeFlowLogin, machineToken, refreshTokens, testKeycloak, testUserPassword, tokenFor } from '@tdkt/testing';
import { InvalidTokenError, loadAuthConfig, TokenVerifier } from '../src';

// Against the real provider (infra/keycloak): its keys, its tokens, its login form.
describe('TokenVerifier with the real identity provider', () => {
  const kc = testKeycloak();
  const verifier = new TokenVerifier(loadAuthConfig('test', { AUTH_ISSUER: kc.issuer }));

  it('turns a signed-in user into an actor: id, display name, roles, organizations', async () => {
    const tokens = await codeFlowLogin('hg.tochuc', kc.credentials.KEYCLOAK_DEMO_PASSWORD!);
    const actor = await verifier.verify(tokens.access_token);
    expect(actor).toMatchObject({
      name: 'Nguyễn Thị Hoa',
      roles: ['organizer'],
      tenants: ['province:ha-giang'],
      client: 'tdkt-gateway',
    });
    expect(actor.id).toBe(decodeJwt(tokens.access_token).sub);
  });

  it('refreshes: the new access token is another one and is accepted', async () => {
    const first = await codeFlowLogin('sl.thidua', kc.credentials.KEYCLOAK_DEMO_PASSWORD!);
    const next = await refreshTokens(first.refresh_token!);
    expect(next.access_token).not.toBe(first.access_token);
    expect((await verifier.verify(next.access_token)).roles).toEqual(['secretariat']);
  });

  it('accepts a machine caller (client credentials) with its service account roles', async () => {
    const actor = await verifier.verify((await machineToken()).access_token);
    expect(actor).toMatchObject({ roles: ['secretariat'], tenants: ['province:ha-giang'], client: 'tdkt-machine' });
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    await expect(codeFlowLogin('test-wrong-password', 'not-the-password')).rejects.toThrow(
      /Invalid username or password|không hợp lệ/,
    );
    await expect(codeFlowLogin('nobody-here', 'not-the-password')).rejects.toThrow(
      /Invalid username or password|không hợp lệ/,
    );
  });

  it("locks an account after repeated wrong passwords (the provider's brute-force protection), saying the same", async () => {
    const refused = /Invalid username or password|không hợp lệ/;
    await expect(codeFlowLogin('test-wrong-password', testUserPassword())).resolves.toHaveProperty('access_token');
    for (let i = 0; i < 5; i++)
      await expect(codeFlowLogin('test-wrong-password', `wrong-${i}`)).rejects.toThrow(refused);
    // now even the right password is refused, with the same words: a guesser learns nothing
    await expect(codeFlowLogin('test-wrong-password', testUserPassword())).rejects.toThrow(refused);
  });

  it('refuses a forged, tampered, expired, wrong-audience or foreign-issuer token', async () => {
    const good = await tokenFor('test-runner');
    const [h, , s] = good.split('.');
    const claims = decodeJwt(good);
    // the payload changed, the signature kept
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url')}.${s}`;
    await expect(verifier.verify(tampered)).rejects.toBeInstanceOf(InvalidTokenError);

    // signed by a key the provider never published, with the provider's key id
    const { privateKey } = await generateKeyPair('RS256');
    const header = JSON.parse(Buffer.from(h!, 'base64url').toString());
    const sign = (c: Record<string, unknown>) =>
      new SignJWT(c).setProtectedHeader({ alg: 'RS256', kid: header.kid }).sign(privateKey);
    await expect(verifier.verify(await sign(claims))).rejects.toBeInstanceOf(InvalidTokenError);

    // a genuine token: good without clock leeway, refused where another audience is expected
    const later = new TokenVerifier(loadAuthConfig('test', { AUTH_ISSUER: kc.issuer, AUTH_CLOCK_SKEW_SECONDS: '0' }));
    await expect(later.verify(good)).resolves.toBeDefined();
    const otherAudience = new TokenVerifier(
      loadAuthConfig('test', { AUTH_ISSUER: kc.issuer, AUTH_AUDIENCE: 'another-api' }),
    );
    await expect(otherAudience.verify(good)).rejects.toBeInstanceOf(InvalidTokenError);
    const { privateKey: foreignPrivate } = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ ...claims, iss: 'http://127.0.0.1:1/realms/elsewhere' })
      .setProtectedHeader({ alg: 'RS256', kid: 'foreign' })
      .sign(foreignPrivate);
    await expect(verifier.verify(foreign)).rejects.toBeInstanceOf(InvalidTokenError);
    const expired = await sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 120 });
    await expect(verifier.verify(expired)).rejects.toBeInstanceOf(InvalidTokenError);
  });
});
