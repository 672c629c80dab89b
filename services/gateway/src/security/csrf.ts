import { createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { doubleCsrf } from 'csrf-csrf';
import type { Request, Response } from '../http.types';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { problems } from '../problems';
import { CSRF_COOKIE, SESSION_COOKIE } from '../session/session-data';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Double-submit CSRF tokens (csrf-csrf) bound to the session id: the browser gets the token from
 * /auth/me and sends it back in `x-csrf-token`; a cross-site page can make the browser send the
 * cookies but cannot read the token.
 */
@Injectable()
export class CsrfTokens {
  private readonly utils: ReturnType<typeof doubleCsrf>;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    // its own key, derived from the session secret: one secret fewer to configure
    const key = createHash('sha256').update(`csrf:${config.session.secret}`).digest('base64url');
    this.utils = doubleCsrf({
      getSecret: () => key,
      getSessionIdentifier: (req) => req.session?.id ?? '',
      cookieName: CSRF_COOKIE,
      cookieOptions: { sameSite: 'lax', path: '/', secure: config.publicUrl.startsWith('https:'), httpOnly: true },
      getCsrfTokenFromRequest: (req) => {
        const h = req.headers['x-csrf-token'];
        return Array.isArray(h) ? h[0] : h;
      },
    });
  }

  tokenFor(req: Request, res: Response): string {
    return this.utils.generateCsrfToken(req, res);
  }

  valid(req: Request): boolean {
    return this.utils.validateRequest(req);
  }
}

/**
 * Changes made on the strength of the session cookie need the CSRF token. A request without the
 * cookie (a machine with its own bearer token) carries nothing a browser adds by itself: no token needed.
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  constructor(@Inject(CsrfTokens) private readonly csrf: CsrfTokens) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (SAFE_METHODS.has(req.method)) return true;
    if (!hasSessionCookie(req)) return true;
    if (!this.csrf.valid(req)) throw problems.csrf();
    return true;
  }
}

export function hasSessionCookie(req: Request): boolean {
  return typeof (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE] === 'string';
}
