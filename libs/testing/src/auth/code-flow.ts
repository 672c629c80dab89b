import { createHash, randomBytes } from 'node:crypto';
import { gatewayRedirectUri, testKeycloak } from './keycloak-endpoint';

export interface TokenSet {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  expires_in: number;
  /** when access_token expires (ms since epoch) */
  expiresAt: number;
}

/** A tiny cookie jar: the provider's login page keeps its state in cookies. */
class Cookies {
  private jar = new Map<string, string>();
  take(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
    }
  }
  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

const b64url = (b: Buffer) => b.toString('base64url');

/**
 * Signs a user in the way a browser does, over HTTP: the authorization code flow with PKCE
 * against the real provider (its login form filled in and posted), then the code exchanged at
 * the token endpoint as the gateway client. Throws with the provider's page text when the login
 * is refused.
 */
export async function codeFlowLogin(username: string, password: string): Promise<TokenSet> {
  const kc = testKeycloak();
  const redirectUri = gatewayRedirectUri();
  const verifier = b64url(randomBytes(32));
  const challenge = b64url(createHash('sha256').update(verifier).digest());
  const state = b64url(randomBytes(16));
  const cookies = new Cookies();
  const auth = new URL(`${kc.issuer}/protocol/openid-connect/auth`);
  auth.search = new URLSearchParams({
    client_id: 'tdkt-gateway',
    response_type: 'code',
    scope: 'openid',
    redirect_uri: redirectUri,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  const page = await fetch(auth, { redirect: 'manual' });
  cookies.take(page);
  const html = await page.text();
  const action = html.match(/<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/)?.[1];
  if (!action) throw new Error(`no login form at ${auth.origin} (HTTP ${page.status})`);
  const posted = await fetch(action.replaceAll('&amp;', '&'), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.header() },
    body: new URLSearchParams({ username, password, credentialId: '' }),
  });
  const location = posted.headers.get('location');
  if (posted.status !== 302 || !location?.startsWith(redirectUri)) {
    const text = (await posted.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const message = text.match(
      /(Invalid username or password[^.]*|Tên người dùng hoặc mật khẩu không hợp lệ[^.]*)/,
    )?.[0];
    throw new Error(`login refused for ${username}: ${message ?? `HTTP ${posted.status}`}`);
  }
  const back = new URL(location);
  if (back.searchParams.get('state') !== state) throw new Error('state mismatch');
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`no code: ${back.searchParams.get('error')}`);
  return exchange({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
}

/** A new access token for a refresh token (the gateway's refresh, as a test client does it). */
export function refreshTokens(refreshToken: string): Promise<TokenSet> {
  return exchange({ grant_type: 'refresh_token', refresh_token: refreshToken });
}

/** A machine caller's token (client credentials) for the realm's `tdkt-machine` client. */
export function machineToken(): Promise<TokenSet> {
  const kc = testKeycloak();
  return exchange(
    { grant_type: 'client_credentials' },
    { id: 'tdkt-machine', secret: kc.credentials.KEYCLOAK_MACHINE_SECRET! },
  );
}

async function exchange(
  form: Record<string, string>,
  client = { id: 'tdkt-gateway', secret: testKeycloak().credentials.KEYCLOAK_GATEWAY_SECRET! },
): Promise<TokenSet> {
  const kc = testKeycloak();
  const res = await fetch(`${kc.issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form, client_id: client.id, client_secret: client.secret }),
  });
  const body = (await res.json()) as TokenSet & { error?: string; error_description?: string };
  if (!res.ok) throw new Error(`token endpoint: ${res.status} ${body.error}: ${body.error_description}`);
  return { ...body, expiresAt: Date.now() + body.expires_in * 1000 };
}
