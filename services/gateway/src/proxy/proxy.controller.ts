import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { Public } from '@tdkt/auth';
import { CORRELATION_HEADER } from '@tdkt/service-kit';
import type { NextFunction, Request, RequestHandler, Response } from '../http.types';
import { createProxyMiddleware } from 'http-proxy-middleware';
import type { ClientRequest } from 'node:http';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { GatewayConfig, UpstreamService } from '../config/gateway.config';
import { problems } from '../problems';
import { SessionAuth } from './session-auth';

interface Forwarded extends Request {
  gatewayTarget?: string;
  gatewayFailed?: (e: unknown) => void;
}

/** `/api/covenants/conferences?x=1` → `/conferences?x=1` */
export function upstreamPath(path: string): string {
  const rest = path.replace(/^\/api\/[^/?#]+/, '');
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * /api/<service>/<path> → the service, as it came (method, query, body streamed untouched),
 * but with the user's access token instead of the browser's cookies.
 */
@Public('the gateway only forwards: every service verifies the token it receives')
@Controller('api')
export class ProxyController {
  private readonly proxy: RequestHandler;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(SessionAuth) private readonly auth: SessionAuth,
  ) {
    this.proxy = createProxyMiddleware<Forwarded, Response>({
      router: (req) => req.gatewayTarget!,
      changeOrigin: true,
      xfwd: true,
      pathRewrite: (path) => upstreamPath(path),
      proxyTimeout: 60_000,
      on: {
        proxyReq: (proxyReq: ClientRequest, req: Forwarded) => {
          // the browser's cookies are the gateway's business only: never a service's
          proxyReq.removeHeader('cookie');
          proxyReq.removeHeader('x-csrf-token');
          if (req.headers.authorization) proxyReq.setHeader('authorization', req.headers.authorization);
          else proxyReq.removeHeader('authorization');
          // the request's correlation id (the caller's, or the one the gateway gave it) goes on
          proxyReq.setHeader(CORRELATION_HEADER, String(req.id));
        },
        proxyRes: (proxyRes) => {
          // a service never sets the browser's cookies either
          delete proxyRes.headers['set-cookie'];
        },
        error: (err, req) => (req as Forwarded).gatewayFailed?.(err),
      },
    }) as unknown as RequestHandler;
  }

  @All([':service', ':service/{*path}'])
  async forward(@Param('service') service: string, @Req() req: Forwarded, @Res() res: Response): Promise<void> {
    const target = Object.hasOwn(this.config.upstreams, service)
      ? this.config.upstreams[service as UpstreamService]
      : undefined;
    if (!target) throw problems.unknownService(service);
    const authorization = await this.auth.authorization(req);
    delete req.headers.cookie;
    if (authorization) req.headers.authorization = authorization;
    else delete req.headers.authorization;
    req.gatewayTarget = target;
    await new Promise<void>((resolve, reject) => {
      req.gatewayFailed = () => reject(problems.upstreamUnavailable(service));
      res.once('close', () => resolve());
      res.once('finish', () => resolve());
      this.proxy(req, res, ((e?: unknown) => (e ? reject(e) : resolve())) as NextFunction);
    });
  }
}
