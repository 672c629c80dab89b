import { hostname } from 'node:os';
import { stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { CORRELATION_HEADER, type ServiceKitOptions } from '../service-kit.options';
import { correlationIdFrom } from './correlation-id';
import { urlRedactor } from './url-redaction';

/** Probes and scrapes arrive every few seconds; logging them would drown real traffic. */
export function isOperationalPath(url: string | undefined): boolean {
  const path = (url ?? '').split('?')[0];
  return path === '/metrics' || path === '/health' || path.startsWith('/health/');
}

/**
 * pino-http configuration: JSON lines with `service`, the request's correlation id on every line
 * logged while serving it (`quietReqLogger` binds only the id to in-request logs; the completion
 * line still carries req and res), and the id echoed to the caller.
 */
export function pinoHttpOptions(options: ServiceKitOptions): Options<HttpRequest, HttpResponse> {
  const redactUrl = urlRedactor(options.secretRoutes);
  return {
    level: options.logLevel ?? 'info',
    base: { service: options.serviceName, pid: process.pid, hostname: hostname() },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    messageKey: 'msg',
    customAttributeKeys: { reqId: 'correlationId' },
    quietReqLogger: true,
    genReqId: (req, res) => {
      const id = correlationIdFrom(req.headers[CORRELATION_HEADER]);
      // set before anything can fail, so even a 413 from the body parser carries it
      res.setHeader(CORRELATION_HEADER, id);
      return id;
    },
    autoLogging: { ignore: (req) => isOperationalPath(req.url) },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    // pino-http invents an Error (with its own stack) for every 5xx; the real one is already
    // logged by the ProblemFilter on the same correlationId
    customErrorObject: (_req, _res, err, value) =>
      err.message.startsWith('failed with status code') ? { ...value, err: undefined } : value,
    // pino-http hands this the standard serialization of the request
    serializers: {
      req: (req: { url?: unknown }) => {
        if (typeof req.url === 'string') req.url = redactUrl(req.url);
        return req;
      },
    },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
}
