import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from '../http.types';
import { OIDC_CLIENT, type OidcClient } from '../auth/oidc.client';
import { destroy, save } from '../auth/session-ops';
import { problems } from '../problems';
import { hasSessionCookie } from '../security/csrf';
import type { SessionTokens } from '../session/session-data';

/** Refresh this long before the access token expires, so it does not expire on the way. */
export const REFRESH_MARGIN_MS = 30_000;

/**
 * The Authorization header a forwarded request carries: the signed-in user's access token
 * (refreshed first when it is about to expire), or, for a caller without a session cookie (a
 * machine), its own header untouched — the services verify every token themselves.
 */
@Injectable()
export class SessionAuth {
  private readonly logger = new Logger(SessionAuth.name);
  /** one refresh per session at a time: parallel requests share it */
  private readonly refreshing = new Map<string, Promise<SessionTokens>>();

  constructor(@Inject(OIDC_CLIENT) private readonly oidc: OidcClient) {}

  async authorization(req: Request): Promise<string | undefined> {
    const tokens = req.session?.user ? req.session.tokens : undefined;
    if (!tokens) {
      // a cookie of a session that ended: the browser must sign in again, not be let through anonymously
      if (hasSessionCookie(req)) throw problems.notSignedIn();
      const own = req.headers.authorization;
      return Array.isArray(own) ? own[0] : own;
    }
    if (tokens.expiresAt - Date.now() > REFRESH_MARGIN_MS) return `Bearer ${tokens.accessToken}`;
    return `Bearer ${(await this.refreshed(req, tokens)).accessToken}`;
  }

  private async refreshed(req: Request, tokens: SessionTokens): Promise<SessionTokens> {
    const sid = req.session.id;
    let pending = this.refreshing.get(sid);
    if (!pending) {
      pending = this.oidc.refresh(tokens).finally(() => this.refreshing.delete(sid));
      this.refreshing.set(sid, pending);
    }
    try {
      const fresh = await pending;
      req.session.tokens = fresh;
      await save(req);
      return fresh;
    } catch (e) {
      if ((e as { status?: number }).status === 503) throw e;
      this.logger.log({ err: (e as Error).message }, 'refresh refused: session ended');
      await destroy(req);
      throw problems.sessionEnded();
    }
  }
}
