import type { Middleware } from '../http/http-types';
import { httpRequestDuration } from './prometheus';
import { routeTemplate } from './route-template';

/**
 * Times every request, including those rejected before reaching a handler (404, 413, malformed
 * JSON), which an interceptor alone would never see. The route label is the template
 * (`/covenants/:id`), never the raw URL.
 */
export function httpMetricsMiddleware(): Middleware {
  const histogram = httpRequestDuration();
  return (req, res, next) => {
    const end = histogram.startTimer();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      end({
        method: req.method ?? 'GET',
        route: routeTemplate(req, res.statusCode),
        status_code: String(res.statusCode),
      });
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}
