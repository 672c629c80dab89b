import { Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { Public } from '@tdkt/auth';
import type { Request, Response } from '../http.types';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { GatewayConfig } from '../config/gateway.config';
import { problems } from '../problems';
import { CsrfTokens } from '../security/csrf';
import { CSRF_COOKIE, SESSION_COOKIE } from '../session/session-data';
import { OIDC_CLIENT, OidcClient } from './oidc.client';
import { safeReturnTo } from './return-to';
import { destroy, regenerate, save } from './session-ops';

/** Sign-in, sign-out and "who am I" for the browser; the session lives server-side. */
@Public('the gateway signs browsers in itself: its own session, not a bearer token')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(
    @Inject(OIDC_CLIENT) private readonly oidc: OidcClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(CsrfTokens) private readonly csrf: CsrfTokens,
  ) {}

  @Get('login')
  async login(@Req() req: Request, @Res() res: Response, @Query('returnTo') returnTo: unknown): Promise<void> {
    const target = safeReturnTo(returnTo);
    if (!target) throw problems.badReturnTo();
    const { url, pending } = await this.oidc.startLogin(target);
    req.session.login = pending;
    await save(req);
    res.redirect(302, url);
  }

  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const pending = req.session.login;
    if (!pending) throw problems.loginFailed('no-login-in-progress');
    let signedIn: Awaited<ReturnType<OidcClient['finishLogin']>>;
    try {
      signedIn = await this.oidc.finishLogin(new URL(req.originalUrl, this.config.publicUrl), pending);
    } catch (e) {
      if ((e as { status?: number }).status === 503) throw e;
      this.logger.warn({ err: (e as Error).message }, 'login callback refused');
      delete req.session.login;
      await save(req);
      throw problems.loginFailed((e as { code?: string }).code ?? 'callback refused');
    }
    // a new session id once signed in: an id planted before the login is worthless (session fixation)
    await regenerate(req);
    req.session.user = signedIn.user;
    req.session.tokens = signedIn.tokens;
    await save(req);
    res.redirect(303, pending.returnTo);
  }

  @Get('me')
  me(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const user = req.session.user;
    if (!user || !req.session.tokens) throw problems.notSignedIn();
    res.setHeader('Cache-Control', 'no-store');
    return { ...user, csrfToken: this.csrf.tokenFor(req, res) };
  }

  /** Ends the session here, and tells the browser where to end the provider's (RP-initiated logout). */
  @Post('logout')
  @HttpCode(200)
  async logout(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!req.session.user) throw problems.notSignedIn();
    const logoutUrl = await this.oidc.endSessionUrl(req.session.tokens?.idToken);
    await destroy(req);
    const cookie = {
      path: '/',
      httpOnly: true,
      sameSite: 'lax' as const,
      secure: this.config.publicUrl.startsWith('https:'),
    };
    res.clearCookie(SESSION_COOKIE, cookie);
    res.clearCookie(CSRF_COOKIE, cookie);
    res.setHeader('Cache-Control', 'no-store');
    // a form post from a page follows the redirect; a script reads the address and goes there itself
    if (req.accepts(['json', 'html']) === 'html') res.redirect(303, logoutUrl);
    else res.status(200).json({ logoutUrl });
  }
}
