import { loadGatewayConfig } from './gateway.config';

const required = {
  GATEWAY_CLIENT_SECRET: 'the-client-secret',
  GATEWAY_SESSION_SECRET: 'k7Qm2vX9pL4sR8tY1wZ6nB3cF5hJ0dGa',
};

describe('gateway configuration', () => {
  it('has working defaults for this machine', () => {
    const c = loadGatewayConfig(required);
    expect(c.http).toEqual({ host: '127.0.0.1', port: 3100 });
    expect(c.publicUrl).toBe('http://127.0.0.1:3100');
    expect(c.oidc).toEqual({
      issuer: 'http://127.0.0.1:18080/realms/tdkt',
      clientId: 'tdkt-gateway',
      clientSecret: 'the-client-secret',
      scope: 'openid',
    });
    expect(c.database.database).toBe('tdkt_gateway');
    expect(c.upstreams).toEqual({
      covenants: 'http://127.0.0.1:3101',
      agenda: 'http://127.0.0.1:3102',
      awards: 'http://127.0.0.1:3103',
      invitations: 'http://127.0.0.1:3104',
      press: 'http://127.0.0.1:3105',
    });
    expect(c.rateLimits).toEqual({ windowSeconds: 60, login: 20, mail: 10 });
    expect(c.session.idleMinutes).toBe(30);
  });

  it('follows the port in the default public URL', () => {
    expect(loadGatewayConfig({ ...required, GATEWAY_PORT: '3190' }).publicUrl).toBe('http://127.0.0.1:3190');
  });

  it('takes another provider by issuer, client and secret alone', () => {
    const c = loadGatewayConfig({
      ...required,
      AUTH_ISSUER: 'https://sso.example.invalid/realms/province',
      GATEWAY_CLIENT_ID: 'portal',
      GATEWAY_PUBLIC_URL: 'https://thiduakhenthuong.example.invalid/',
      GATEWAY_UPSTREAM_PRESS: 'http://press.internal:8080/',
    });
    expect(c.oidc.issuer).toBe('https://sso.example.invalid/realms/province');
    expect(c.auth.issuer).toBe(c.oidc.issuer);
    expect(c.oidc.clientId).toBe('portal');
    expect(c.publicUrl).toBe('https://thiduakhenthuong.example.invalid');
    expect(c.upstreams.press).toBe('http://press.internal:8080');
  });

  it('refuses to start without the secrets, with a weak session secret, or with bad values', () => {
    expect(() => loadGatewayConfig({})).toThrow(
      /GATEWAY_CLIENT_SECRET.*GATEWAY_SESSION_SECRET|GATEWAY_SESSION_SECRET.*GATEWAY_CLIENT_SECRET/,
    );
    expect(() => loadGatewayConfig({ ...required, GATEWAY_SESSION_SECRET: 'short' })).toThrow(
      /GATEWAY_SESSION_SECRET: at least 32/,
    );
    expect(() =>
      loadGatewayConfig({ ...required, GATEWAY_SESSION_SECRET: 'change-me-change-me-change-me-change-me' }),
    ).toThrow(/GATEWAY_SESSION_SECRET: a known, public secret/);
    expect(() =>
      loadGatewayConfig({
        ...required,
        GATEWAY_PUBLIC_URL: 'https://x.example/app',
        GATEWAY_UPSTREAM_AWARDS: 'nope',
        GATEWAY_LOGIN_RATE_LIMIT: '0',
        GATEWAY_SCOPE: 'profile',
      }),
    ).toThrow(/GATEWAY_PUBLIC_URL.*GATEWAY_SCOPE.*GATEWAY_LOGIN_RATE_LIMIT.*GATEWAY_UPSTREAM_AWARDS/);
  });
});
