import type { HttpRequest } from '../http/http-types';

/** Requests that matched no route share one label value, so random URLs cannot explode cardinality. */
export const UNMATCHED_ROUTE = '(unmatched)';

const ROUTE_TEMPLATE = Symbol('routeTemplate');
type Marked = HttpRequest & { [ROUTE_TEMPLATE]?: string };

/** Called once the request reached its handler, when `req.route` is surely the handler's route. */
export function markRouteTemplate(req: HttpRequest): void {
  const path = req.route?.path;
  if (typeof path === 'string') (req as Marked)[ROUTE_TEMPLATE] = path;
}

/**
 * The route label for a finished request. Without a mark, Express's `req.route` is only trusted
 * when the answer is not a 404: Nest mounts middleware (nestjs-pino's, for one) as catch-all
 * routes, so an unmatched request still carries the middleware's `{/*splat}` as its route.
 */
export function routeTemplate(req: HttpRequest, statusCode: number): string {
  const marked = (req as Marked)[ROUTE_TEMPLATE];
  if (marked) return marked;
  const path = req.route?.path;
  return statusCode !== 404 && typeof path === 'string' ? path : UNMATCHED_ROUTE;
}
