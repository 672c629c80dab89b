import type { IncomingMessage, ServerResponse } from 'node:http';

// Express has no type package installed here; these are the few request facts we rely on,
// all present on Express's request (an IncomingMessage with extras).
export type HttpRequest = IncomingMessage & {
  id?: unknown;
  originalUrl?: string;
  route?: { path?: unknown };
};
export type HttpResponse = ServerResponse;
export type NextFunction = (err?: unknown) => void;
export type Middleware = (req: HttpRequest, res: HttpResponse, next: NextFunction) => void;

/** The request path without its query string (which may carry data that must not be echoed). */
export function requestPath(req: HttpRequest): string {
  return (req.originalUrl ?? req.url ?? '/').split('?')[0];
}
