import { runWithCorrelation } from '@tdkt/contracts';
import { pinoHttp } from 'pino-http';
import type { HttpRequest, Middleware } from '../http/http-types';
import type { ServiceKitOptions } from '../service-kit.options';
import { pinoHttpOptions } from './pino-options';

/**
 * Request logging for one application. Mounted by configureApp ahead of the body parser, so that
 * requests rejected while parsing (413, malformed JSON) are logged and correlated too. nestjs-pino
 * (with `useExisting`) then reuses `req.log` for everything logged through Nest's Logger.
 */
export function httpLoggingMiddleware(options: ServiceKitOptions): Middleware {
  const options_ = pinoHttpOptions(options);
  const logger = options.logStream ? pinoHttp(options_, options.logStream) : pinoHttp(options_);
  return (req, res, next) => logger(req, res, next as () => void);
}

/**
 * Makes the request's correlation id the current one (`currentCorrelation()` from
 * @tdkt/contracts) for everything that runs for this request, e.g. the outbox stamping events.
 */
export function correlationMiddleware(): Middleware {
  return (req: HttpRequest, _res, next) => {
    runWithCorrelation({ correlationId: String(req.id) }, () => next());
  };
}
