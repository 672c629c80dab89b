import type { AuthConfig } from '@tdkt/auth';
import type { ProblemInit } from './problem/problem.types';

/** One dependency the service needs before it can take traffic (database, broker, ...). */
export interface ReadinessCheck {
  name: string;
  /** Resolves when ready; throws (or rejects) with a message saying why not. */
  check: () => Promise<void>;
}

export interface ServiceKitOptions {
  /** Short name, e.g. 'covenants': the `service` field of every log line and metric. */
  serviceName: string;
  /** OpenAPI title. */
  title: string;
  version?: string;
  readiness: ReadinessCheck[];
  /** Largest accepted JSON body (bytes-parser syntax: '1mb', '200kb'). Default '1mb'. */
  bodyLimit?: string;
  /** pino level. Default 'info'; 'silent' for quiet tests. */
  logLevel?: string;
  /** Logs are JSON only; pretty printing is left to the reader (`| pino-pretty`). */
  prettyLogs?: false;
  /** Maps the service's plain domain errors (domain code knows nothing of Nest) to problems. */
  mapError?: (err: unknown) => ProblemInit | undefined;
  /**
   * Routes whose path parameters are secrets (Express syntax, e.g. `/rsvp/:token`): logged URLs
   * show `[redacted]` in their place.
   */
  secretRoutes?: readonly string[];
  /** Every route needs a verified token and a declared role, or @Public (libs/auth). */
  auth: AuthConfig;
  /** Where log lines go instead of stdout (tests capture them here). */
  logStream?: { write(line: string): void };
}

export const SERVICE_KIT_OPTIONS = Symbol('SERVICE_KIT_OPTIONS');

export const DEFAULT_BODY_LIMIT = '1mb';
export const CORRELATION_HEADER = 'x-correlation-id';
/** Bound on each readiness check, so a hung dependency cannot hang the probe. */
export const READINESS_TIMEOUT_MS = 3000;
