import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { TokenVerifier, loadAuthConfig } from '@tdkt/auth';
import type { DatabaseConfig } from '@tdkt/persistence';
import {
  createTestDatabase,
  dropTestDatabase,
  listenOnFreePort,
  machineToken,
  testKeycloak,
  waitFor,
} from '@tdkt/testing';
import { createGatewayApp } from '../src/app.factory';
import { loadGatewayConfig } from '../src/config/gateway.config';
import { SESSION_TABLE } from '../src/session/session-store';
import { Browser, loginFormAction } from './browser';
import { LiveKafka } from './live-kafka';
import { listenOnPublicPort } from './public-port';
import { recordingUpstream } from './recording-upstream';

// the realm registered this gateway's redirect URI (infra/test.sh: KEYCLOAK_GATEWAY_URL)
const PUBLIC_URL = (process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3190').replace(/\/$/, '');
const GW = PUBLIC_URL;
const kc = testKeycloak();
const DEMO_PASSWORD = kc.credentials.KEYCLOAK_DEMO_PASSWORD!;
const verifier = new TokenVerifier(loadAuthConfig('gateway-test', { AUTH_ISSUER: kc.issuer }));

let db: DatabaseConfig;
// the live events' consumer needs its topics and its login
const kafka = new LiveKafka();
let upstream: Awaited<ReturnType<typeof recordingUpstream>>;
let gateway: INestApplication;
let limited: INestApplication;
let limitedUrl: string;
// a console build as Vite lays it out: the page, and hashed assets
const consoleDir = mkdtempSync(path.join(tmpdir(), 'gateway-console-'));
const CONSOLE_PAGE =
  '<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-Ab12.js"></script></head><body><div id="root"></div></body></html>';
mkdirSync(path.join(consoleDir, 'assets'));
writeFileSync(path.join(consoleDir, 'index.html'), CONSOLE_PAGE);
writeFileSync(path.join(consoleDir, 'assets/index-Ab12.js'), 'console.log("console")');

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    GATEWAY_PORT: new URL(PUBLIC_URL).port,
    GATEWAY_PUBLIC_URL: PUBLIC_URL,
    GATEWAY_CLIENT_SECRET: kc.credentials.KEYCLOAK_GATEWAY_SECRET,
    GATEWAY_SESSION_SECRET: randomBytes(32).toString('base64url'),
    AUTH_ISSUER: kc.issuer,
    PGHOST: db.host,
    PGPORT: String(db.port),
    PGUSER: db.user,
    PGPASSWORD: db.password,
    GATEWAY_DB: db.database,
    LOG_LEVEL: 'silent',
    GATEWAY_UPSTREAM_COVENANTS: upstream.url,
    GATEWAY_UPSTREAM_INVITATIONS: upstream.url,
    // nothing listens there
    GATEWAY_UPSTREAM_AGENDA: 'http://127.0.0.1:1',
    GATEWAY_CONSOLE_DIR: consoleDir,
    ...kafka.env(),
    ...extra,
  };
}

/** The whole browser sign-in: gateway → provider's form → credentials → callback → session. */
async function signIn(browser: Browser, username = 'hg.tochuc', returnTo?: string): Promise<Response> {
  const start = await browser.get(`${GW}/auth/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`);
  expect(start.status).toBe(302);
  const page = await browser.get(start.headers.get('location')!);
  const action = loginFormAction(await page.text());
  expect(action).toBeDefined();
  const posted = await browser.postForm(action!, { username, password: DEMO_PASSWORD, credentialId: '' });
  expect(posted.status).toBe(302);
  const callback = posted.headers.get('location')!;
  expect(callback.startsWith(`${GW}/auth/callback?`)).toBe(true);
  return browser.get(callback);
}

async function me(browser: Browser) {
  const res = await browser.get(`${GW}/auth/me`);
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as Record<string, any> };
}

function sessionId(browser: Browser): string {
  // express-session's signed cookie: s:<id>.<signature>
  const raw = decodeURIComponent(browser.cookie(GW, 'tdkt.sid')!);
  return raw.slice(2, raw.lastIndexOf('.'));
}

async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ ...db });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  db = await createTestDatabase('gateway');
  await kafka.provision();
  upstream = await recordingUpstream();
  gateway = await createGatewayApp(loadGatewayConfig(env()));
  await listenOnPublicPort(gateway, Number(new URL(PUBLIC_URL).port));
  // a second gateway with tiny limits, for the rate-limit tests (it never completes a login)
  limited = await createGatewayApp(
    // and no console built: it answers / with the start page
    loadGatewayConfig(
      env({
        GATEWAY_LOGIN_RATE_LIMIT: '3',
        GATEWAY_MAIL_RATE_LIMIT: '2',
        GATEWAY_CONSOLE_DIR: path.join(consoleDir, 'missing'),
      }),
    ),
  );
  limitedUrl = await listenOnFreePort(limited);
});

afterAll(async () => {
  await limited?.close();
  await gateway?.close();
  await upstream?.close();
  if (db) await dropTestDatabase(db);
  await kafka.revoke();
  rmSync(consoleDir, { recursive: true, force: true });
});

describe('gateway: sign-in with the identity provider', () => {
  it('signs a user in (code flow with PKCE) and /auth/me says who, with a CSRF token', async () => {
    const browser = new Browser();
    const before = browser.cookie(GW, 'tdkt.sid');
    expect(before).toBeUndefined();
    const start = await browser.get(`${GW}/auth/login`);
    const auth = new URL(start.headers.get('location')!);
    expect(auth.href.startsWith(`${kc.issuer}/protocol/openid-connect/auth`)).toBe(true);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('redirect_uri')).toBe(`${GW}/auth/callback`);
    for (const p of ['state', 'nonce', 'code_challenge']) expect(auth.searchParams.get(p)).toBeTruthy();
    const preLoginSession = sessionId(browser);

    const done = await signIn(browser, 'hg.tochuc', '/hoi-nghi?nam=2026');
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/hoi-nghi?nam=2026');
    // a new session id after sign-in: one planted before is worthless
    expect(sessionId(browser)).not.toBe(preLoginSession);
    const setCookie = done.headers.getSetCookie().find((c) => c.startsWith('tdkt.sid='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // http here: Secure only when the public URL is https

    const who = await me(browser);
    expect(who.status).toBe(200);
    expect(who.body).toMatchObject({ name: 'Nguyễn Thị Hoa', roles: ['organizer'], tenants: ['province:ha-giang'] });
    expect(who.body.id).toEqual(expect.any(String));
    expect(who.body.csrfToken).toEqual(expect.any(String));
    // the tokens stay on the server
    expect(JSON.stringify(who.body)).not.toMatch(/eyJ/);
  });

  it('a wrong password stays on the provider page with a generic error; no session', async () => {
    const browser = new Browser();
    const start = await browser.get(`${GW}/auth/login`);
    const page = await browser.get(start.headers.get('location')!);
    const posted = await browser.postForm(loginFormAction(await page.text())!, {
      username: 'sl.thidua',
      password: 'not-the-password',
      credentialId: '',
    });
    expect(posted.status).toBe(200);
    const html = await posted.text();
    expect(loginFormAction(html)).toBeDefined();
    expect(html).toMatch(/Invalid username or password|Tên người dùng hoặc mật khẩu không hợp lệ/);
    expect((await me(browser)).status).toBe(401);
  });

  it('refuses an absolute returnTo (open redirect)', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const res = await fetch(`${GW}/auth/login?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const body = (await res.json()) as Record<string, any>;
      expect(body.type).toBe('urn:tdkt:problem:invalid-return-to');
      expect(body.vi.title).toBeTruthy();
      expect(body.en.title).toBeTruthy();
    }
  });

  it('a callback without a login in progress is a 400 problem, not a session', async () => {
    const res = await fetch(`${GW}/auth/callback?code=x&state=y`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('tdkt.sid='))).toBe(false);
  });

  it('/auth/me without a session: 401 problem+json, bilingual', async () => {
    const res = await fetch(`${GW}/auth/me`, { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await res.json()) as Record<string, any>;
    expect(body.title).toBe('Not signed in');
    expect(body.vi.title).toBe('Chưa đăng nhập');
  });
});

describe('gateway: forwarding to the services', () => {
  let browser: Browser;
  let csrf: string;

  beforeAll(async () => {
    browser = new Browser();
    await signIn(browser);
    csrf = (await me(browser)).body.csrfToken;
  });

  it("forwards with the user's access token, never the cookies; query, status, headers and correlation id pass", async () => {
    const correlation = '7d0c7c9e-5a8e-4d6f-9a53-0c4a8f3e2b11';
    const res = await browser.get(`${GW}/api/covenants/conferences?nam=2026&status=207`, {
      'x-correlation-id': correlation,
    });
    expect(res.status).toBe(207);
    expect(res.headers.get('x-upstream')).toBe('recording');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('upstream='))).toBe(false);
    const got = upstream.last()!;
    expect(got.method).toBe('GET');
    expect(got.url).toBe('/conferences?nam=2026&status=207');
    expect(got.headers.cookie).toBeUndefined();
    expect(got.headers['x-correlation-id']).toBe(correlation);
    const token = got.headers.authorization!.replace(/^Bearer /, '');
    const actor = await verifier.verify(token);
    expect(actor).toMatchObject({ name: 'Nguyễn Thị Hoa', roles: ['organizer'], tenants: ['province:ha-giang'] });
  });

  it('an unknown service is a 404 problem', async () => {
    const count = upstream.received.length;
    const res = await browser.get(`${GW}/api/nope/x`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as Record<string, any>).type).toBe('urn:tdkt:problem:unknown-service');
    expect(upstream.received.length).toBe(count);
  });

  it('a service that does not answer is a 502 problem', async () => {
    const res = await browser.get(`${GW}/api/agenda/agendas`, { 'accept-language': 'en' });
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const body = (await res.json()) as Record<string, any>;
    expect(body.type).toBe('urn:tdkt:problem:upstream-unavailable');
    expect(body.vi.detail).toContain('agenda');
  });

  it('a change with the session cookie but no CSRF token is refused and reaches no service', async () => {
    const count = upstream.received.length;
    const res = await browser.request(`${GW}/api/covenants/covenants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title":"Giao ước"}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(((await res.json()) as Record<string, any>).type).toBe('urn:tdkt:problem:csrf-token-invalid');
    const forged = await browser.request(`${GW}/api/covenants/covenants`, {
      method: 'DELETE',
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.status).toBe(403);
    expect(upstream.received.length).toBe(count);
  });

  it('with the CSRF token the change is forwarded, its body streamed as it was sent', async () => {
    const body = '{"title":"Giao ước thi đua 2026", "n": 1}';
    const res = await browser.request(`${GW}/api/covenants/covenants?draft=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body,
    });
    expect(res.status).toBe(200);
    const got = upstream.last()!;
    expect([got.method, got.url, got.body]).toEqual(['POST', '/covenants?draft=1', body]);
    expect(got.headers.cookie).toBeUndefined();
    expect(got.headers['x-csrf-token']).toBeUndefined();
  });

  it('a machine caller (own bearer token, no cookie) is forwarded as is, without a CSRF token', async () => {
    const machine = await machineToken();
    const res = await fetch(`${GW}/api/invitations/guests`, {
      method: 'POST',
      headers: { authorization: `Bearer ${machine.access_token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(upstream.last()!.headers.authorization).toBe(`Bearer ${machine.access_token}`);
  });

  it('refreshes an access token about to expire before forwarding', async () => {
    const b = new Browser();
    await signIn(b);
    await b.get(`${GW}/api/covenants/one`);
    const first = upstream.last()!.headers.authorization!;
    const sid = sessionId(b);
    const [row] = await sql(
      `UPDATE ${SESSION_TABLE} SET sess = jsonb_set(sess::jsonb, '{tokens,expiresAt}', to_jsonb($2::bigint))::json
       WHERE sid = $1 RETURNING sid`,
      [sid, Date.now() + 5_000],
    );
    expect(row).toBeDefined();
    const res = await b.get(`${GW}/api/covenants/two`);
    expect(res.status).toBe(200);
    const second = upstream.last()!.headers.authorization!;
    expect(second).not.toBe(first);
    const actor = await verifier.verify(second.replace(/^Bearer /, ''));
    expect(actor.name).toBe('Nguyễn Thị Hoa');
    const [stored] = await sql(
      `SELECT (sess->'tokens'->>'expiresAt')::bigint AS at FROM ${SESSION_TABLE} WHERE sid = $1`,
      [sid],
    );
    expect(Number(stored.at)).toBeGreaterThan(Date.now() + 30_000);
  });

  it('a refresh the provider refuses ends the session: 401, nothing forwarded', async () => {
    const b = new Browser();
    await signIn(b);
    const sid = sessionId(b);
    await sql(
      `UPDATE ${SESSION_TABLE} SET sess = jsonb_set(jsonb_set(sess::jsonb, '{tokens,expiresAt}', '0'),
         '{tokens,refreshToken}', '"not-a-refresh-token"')::json WHERE sid = $1`,
      [sid],
    );
    const count = upstream.received.length;
    const res = await b.get(`${GW}/api/covenants/three`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as Record<string, any>).type).toBe('urn:tdkt:problem:session-ended');
    expect(upstream.received.length).toBe(count);
    expect(await sql(`SELECT 1 FROM ${SESSION_TABLE} WHERE sid = $1`, [sid])).toHaveLength(0);
    expect((await me(b)).status).toBe(401);
  });

  it("logout needs the CSRF token, ends the session and gives the provider's end-session URL", async () => {
    const b = new Browser();
    await signIn(b);
    const token = (await me(b)).body.csrfToken as string;
    const oldCookie = b.cookie(GW, 'tdkt.sid')!;
    const refused = await b.request(`${GW}/auth/logout`, { method: 'POST' });
    expect(refused.status).toBe(403);
    expect((await me(b)).status).toBe(200);

    const res = await b.request(`${GW}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': token, accept: 'application/json' },
    });
    expect(res.status).toBe(200);
    const logoutUrl = new URL(((await res.json()) as { logoutUrl: string }).logoutUrl);
    expect(logoutUrl.href.startsWith(`${kc.issuer}/protocol/openid-connect/logout`)).toBe(true);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${GW}/`);
    expect(logoutUrl.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(b.cookie(GW, 'tdkt.sid')).toBeUndefined();

    // even the old cookie, sent again, opens nothing
    b.setCookie(GW, 'tdkt.sid', oldCookie);
    expect((await me(b)).status).toBe(401);
    const count = upstream.received.length;
    const proxied = await b.get(`${GW}/api/covenants/conferences`);
    expect(proxied.status).toBe(401);
    expect(proxied.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(upstream.received.length).toBe(count);
  });
});

describe('gateway: logout from a page', () => {
  it('a logout form (Accept: text/html) is redirected to the provider', async () => {
    const b = new Browser();
    await signIn(b);
    const token = (await me(b)).body.csrfToken as string;
    const res = await b.request(`${GW}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': token, accept: 'text/html' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')!.startsWith(`${kc.issuer}/protocol/openid-connect/logout?`)).toBe(true);
    expect((await me(b)).status).toBe(401);
  });
});

describe('gateway: its session database dropping connections', () => {
  it('keeps serving signed-in users after the database ends its connections (a restart, a failover)', async () => {
    const b = new Browser();
    await signIn(b);
    expect((await me(b)).status).toBe(200);
    const ended = await sql<{ ok: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity
        WHERE datname = $1 AND application_name = 'gateway' AND pid <> pg_backend_pid()`,
      [db.database],
    );
    expect(ended.length).toBeGreaterThan(0);
    // the pool drops the dead connections and opens new ones; the process is still here to answer
    await new Promise((r) => setTimeout(r, 200));
    const again = await me(b);
    expect(again.status).toBe(200);
    expect(again.body.name).toBe('Nguyễn Thị Hoa');
  });
});

describe('gateway: behind TLS, and without its provider', () => {
  it('sets Secure cookies and HSTS when the public URL is https (TLS ending at a proxy in front)', async () => {
    const app = await createGatewayApp(
      loadGatewayConfig(
        env({ GATEWAY_PUBLIC_URL: 'https://thiduakhenthuong.example.invalid', GATEWAY_TRUST_PROXY: '1' }),
      ),
    );
    try {
      const url = await listenOnFreePort(app);
      const res = await fetch(`${url}/auth/login`, { redirect: 'manual', headers: { 'x-forwarded-proto': 'https' } });
      expect(res.status).toBe(302);
      const redirect = new URL(res.headers.get('location')!);
      expect(redirect.searchParams.get('redirect_uri')).toBe('https://thiduakhenthuong.example.invalid/auth/callback');
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tdkt.sid='))!;
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    } finally {
      await app.close();
    }
  });

  it('starts while the provider is down: not ready, sign-in a 503 problem', async () => {
    const app = await createGatewayApp(loadGatewayConfig(env({ AUTH_ISSUER: 'http://127.0.0.1:1/realms/tdkt' })));
    try {
      const url = await listenOnFreePort(app);
      const ready = await fetch(`${url}/health/ready`);
      expect(ready.status).toBe(503);
      expect(JSON.stringify(await ready.json())).toContain('identity-provider');
      const login = await fetch(`${url}/auth/login`, { redirect: 'manual' });
      expect(login.status).toBe(503);
      expect(login.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(login.headers.get('retry-after')).toBeTruthy();
      expect(((await login.json()) as Record<string, any>).type).toBe('urn:tdkt:problem:identity-provider-unavailable');
    } finally {
      await app.close();
    }
  });
});

describe('gateway: rate limits and security headers', () => {
  it('limits sign-in starts per client address: 429 problem with Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`${limitedUrl}/auth/login`, { redirect: 'manual' })).status).toBe(302);
    }
    const res = await fetch(`${limitedUrl}/auth/login`, { redirect: 'manual', headers: { 'accept-language': 'vi' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as Record<string, any>;
    expect(body.title).toBe('Quá nhiều yêu cầu');
    expect(body.en.title).toBe('Too many requests');
    // the callback shares the limit; other routes do not
    expect((await fetch(`${limitedUrl}/auth/callback?code=x&state=y`)).status).toBe(429);
    expect((await fetch(`${limitedUrl}/`)).status).toBe(200);
  });

  it('limits mail-sending requests per user, not the rest', async () => {
    const machine = await machineToken();
    const send = () =>
      fetch(`${limitedUrl}/api/invitations/conferences/c-1/invitations/send`, {
        method: 'POST',
        headers: { authorization: `Bearer ${machine.access_token}` },
      });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const count = upstream.received.length;
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect(upstream.received.length).toBe(count);
    const other = await fetch(`${limitedUrl}/api/invitations/conferences/c-1/invitations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${machine.access_token}` },
    });
    expect(other.status).toBe(200);
  });

  it("serves the console's page at / and its client routes, its assets cached, and leaves the gateway's routes alone", async () => {
    for (const route of ['/', '/conferences', '/conferences/7c9e6679-7425-40de-944b-e07fc1f90ae7?tab=agenda']) {
      const res = await fetch(`${GW}${route}`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect([route, res.status, res.headers.get('content-type'), await res.text()]).toEqual([
        route,
        200,
        'text/html; charset=utf-8',
        CONSOLE_PAGE,
      ]);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      // the built assets are the page's own origin: the CSP allows them, and no inline script
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.getSetCookie()).toEqual([]);
    }
    const asset = await fetch(`${GW}/assets/index-Ab12.js`);
    expect([asset.status, await asset.text()]).toEqual([200, 'console.log("console")']);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // a missing asset and the gateway's own routes are not the console's page, even for a browser
    const html = { accept: 'text/html' };
    const missing = await fetch(`${GW}/assets/gone-1.js`, { headers: html });
    expect([missing.status, missing.headers.get('content-type')]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
    ]);
    const meNobody = await fetch(`${GW}/auth/me`, { headers: html });
    expect(meNobody.status).toBe(401);
    expect((await fetch(`${GW}/health/live`, { headers: html })).status).toBe(200);
    expect((await fetch(`${GW}/metrics`, { headers: html })).headers.get('content-type')).toContain('text/plain');
    const unknown = await fetch(`${GW}/api/nothing-here/x`, { headers: html });
    expect(unknown.status).toBe(404);
    // a script's GET for JSON on a client route gets no page either
    expect((await fetch(`${GW}/conferences`, { headers: { accept: 'application/json' } })).status).toBe(404);
  });

  it('serves the Vietnamese start page with security headers when no console is built', async () => {
    const res = await fetch(`${limitedUrl}/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('lang="vi"');
    expect(html).toContain('href="/auth/login"');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull(); // http: no HSTS
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(res.headers.getSetCookie()).toEqual([]); // no session for a mere visit
  });

  it('health: live, and ready when the provider, the database and the live consumer answer', async () => {
    expect((await fetch(`${GW}/health/live`)).status).toBe(200);
    // the live events' consumer joins its group in the background
    const ready = await waitFor(
      async () => {
        const res = await fetch(`${GW}/health/ready`);
        return res.status === 200 ? res : undefined;
      },
      { timeoutMs: 60_000, what: 'the gateway ready' },
    );
    const body = (await ready.json()) as Record<string, any>;
    expect(Object.keys(body.info)).toEqual(expect.arrayContaining(['database', 'identity-provider', 'live-events']));
  });
});
