import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from '../http.types';

/** Paths that are the gateway's own or the services': never answered with the console's page. */
const NOT_THE_CONSOLE = /^\/(?:auth|api|health|metrics|events|docs|assets)(?:[/?#]|$)/;

/**
 * Serves the web console (services/console, built by `npm run build` into dist/console): its
 * hashed assets under /assets (cached for a year: a new build has new names) and its page for
 * every other GET that a browser navigates to, so that the console's own routes
 * (/conferences/…) survive a reload. Returns false when the console is not built: the start
 * page (HomeController) answers / then.
 */
export function serveConsole(app: NestExpressApplication, dir: string): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const page = readFileSync(index);
  app.useStaticAssets(path.join(dir, 'assets'), {
    prefix: '/assets/',
    index: false,
    maxAge: '365d',
    immutable: true,
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_CONSOLE.test(req.path)) return next();
    if (req.accepts(['html', 'json']) !== 'html') return next();
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // the page names the current assets: always asked for again
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : page);
  });
  return true;
}
