import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import type { Request } from '../http.types';
import { OIDC_CLIENT, type OidcClient } from '../auth/oidc.client';
import { problems } from '../problems';

export const LOGIN_LIMIT = 'login';
export const MAIL_LIMIT = 'mail';

/** The invitations service's routes that send mail (POST): counted per user. */
const MAIL_ROUTES = [
  /^\/api\/invitations\/conferences\/[^/]+\/invitations\/send\/?$/,
  /^\/api\/invitations\/.+\/remind(ers)?\/?$/,
];

export const isLoginRoute = (req: Request) => /^\/auth\/(login|callback)\/?$/.test(req.path);
export const isMailRoute = (req: Request) => req.method === 'POST' && MAIL_ROUTES.some((r) => r.test(req.path));

/**
 * Two limits, each on its own routes: sign-in per client address (password guessing goes through
 * the provider, but each attempt starts here), mail-sending per user (a signed-in account must not
 * become a mail cannon). Refusals are bilingual 429 problems with Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  @Inject(OIDC_CLIENT) private readonly oidc!: OidcClient;

  protected override async handleRequest(p: ThrottlerRequest): Promise<boolean> {
    const req = p.context.switchToHttp().getRequest<Request>();
    // one counter per limit and caller across its routes (login and callback together), not per handler
    const generateKey = (_: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`;
    if (p.throttler.name === LOGIN_LIMIT) {
      return isLoginRoute(req)
        ? super.handleRequest({ ...p, generateKey, getTracker: async () => `ip:${req.ip}` })
        : true;
    }
    if (p.throttler.name === MAIL_LIMIT) {
      return isMailRoute(req) ? super.handleRequest({ ...p, generateKey, getTracker: () => this.userOf(req) }) : true;
    }
    return true;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw problems.tooManyRequests(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }

  private async userOf(req: Request): Promise<string> {
    const user = req.session?.user?.id;
    if (user) return `user:${user}`;
    const bearer = req.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
    const subject = bearer ? await this.oidc.subjectOf(bearer) : undefined;
    return subject ? `user:${subject}` : `ip:${req.ip}`;
  }
}
