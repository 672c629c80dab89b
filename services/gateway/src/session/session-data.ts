import 'express-session';

/** Who signed in, as the access token says (the services read the same claims). */
export interface SessionUser {
  id: string;
  name: string;
  roles: string[];
  tenants: string[];
}

/** The provider's tokens: kept server-side only, never sent to the browser. */
export interface SessionTokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
  /** when accessToken expires (ms since epoch) */
  expiresAt: number;
}

/** A login in progress: what the callback must find again (RFC 9700: state, nonce, PKCE verifier). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

declare module 'express-session' {
  interface SessionData {
    login?: PendingLogin;
    user?: SessionUser;
    tokens?: SessionTokens;
  }
}

export const SESSION_COOKIE = 'tdkt.sid';
export const CSRF_COOKIE = 'tdkt.csrf';
