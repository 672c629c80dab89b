import * as oidc from 'openid-client';
import { TokenVerifier, type Actor } from '@tdkt/auth';
import type { GatewayConfig } from '../config/gateway.config';
import type { PendingLogin, SessionTokens, SessionUser } from '../session/session-data';
import { problems } from '../problems';

export const OIDC_CLIENT = Symbol('OIDC_CLIENT');

/**
 * The gateway as an OpenID Connect client (authorization code flow with PKCE S256, state and
 * nonce; RFC 9700). The provider's metadata is discovered on first use and kept; a failed
 * discovery is retried on the next request, so the gateway starts while the provider does not.
 */
export class OidcClient {
  private config?: Promise<oidc.Configuration>;
  private readonly verifier: TokenVerifier;

  constructor(private readonly settings: GatewayConfig) {
    this.verifier = new TokenVerifier(settings.auth);
  }

  get redirectUri(): string {
    return `${this.settings.publicUrl}/auth/callback`;
  }

  /** The provider's metadata; throws (503 problem) while it cannot be reached. */
  async discover(): Promise<oidc.Configuration> {
    if (!this.config) {
      const { issuer, clientId, clientSecret } = this.settings.oidc;
      this.config = oidc.discovery(new URL(issuer), clientId, clientSecret, undefined, {
        timeout: 5,
        // plain http only where the issuer itself is configured so (a local provider)
        execute: issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [],
      });
      this.config.catch(() => (this.config = undefined));
    }
    try {
      return await this.config;
    } catch {
      throw problems.providerUnavailable();
    }
  }

  /** Starts a login: the provider's authorization URL and what the callback must check. */
  async startLogin(returnTo: string): Promise<{ url: string; pending: PendingLogin }> {
    const config = await this.discover();
    const pending: PendingLogin = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo,
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: this.settings.oidc.scope,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /** The callback: the code exchanged (state, nonce and PKCE checked), the user read from the access token. */
  async finishLogin(callbackUrl: URL, pending: PendingLogin): Promise<{ user: SessionUser; tokens: SessionTokens }> {
    const config = await this.discover();
    const response = await oidc.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const tokens = tokensOf(response);
    return { user: userOf(await this.verifier.verify(tokens.accessToken)), tokens };
  }

  /** New tokens for the refresh token; the provider may rotate the refresh token too. */
  async refresh(tokens: SessionTokens): Promise<SessionTokens> {
    if (!tokens.refreshToken) throw new Error('no refresh token');
    const config = await this.discover();
    const response = await oidc.refreshTokenGrant(config, tokens.refreshToken);
    const fresh = tokensOf(response);
    return {
      ...fresh,
      refreshToken: fresh.refreshToken ?? tokens.refreshToken,
      idToken: fresh.idToken ?? tokens.idToken,
    };
  }

  /** Where the browser goes to end the provider's session too. */
  async endSessionUrl(idToken: string | undefined): Promise<string> {
    const config = await this.discover();
    const params: Record<string, string> = {
      post_logout_redirect_uri: `${this.settings.publicUrl}/`,
      client_id: this.settings.oidc.clientId,
    };
    if (idToken) params.id_token_hint = idToken;
    return oidc.buildEndSessionUrl(config, params).href;
  }

  /** Who a bearer token belongs to (the mail rate limit counts per user); undefined if it does not verify. */
  async subjectOf(token: string): Promise<string | undefined> {
    try {
      return (await this.verifier.verify(token)).id;
    } catch {
      return undefined;
    }
  }
}

function tokensOf(r: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): SessionTokens {
  return {
    accessToken: r.access_token,
    refreshToken: r.refresh_token,
    idToken: r.id_token,
    expiresAt: Date.now() + (r.expiresIn() ?? 60) * 1000,
  };
}

function userOf(actor: Actor): SessionUser {
  return { id: actor.id, name: actor.name, roles: [...actor.roles], tenants: [...actor.tenants] };
}
