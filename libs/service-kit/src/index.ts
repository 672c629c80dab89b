export { ServiceKitModule } from './service-kit.module';
export { configureApp } from './configure-app';
export { CORRELATION_HEADER, type ReadinessCheck, type ServiceKitOptions } from './service-kit.options';
export { LateReadiness } from './health/late-readiness';
export { ProblemException } from './problem/problem.exception';
export type { FieldError, ProblemDocument, ProblemInit, ProblemText } from './problem/problem.types';
export { validateAgainst, type ConstraintFailure } from './problem/validation-errors';
export { commonProblem, type NotFoundNouns } from './problem/common-problems';
export { createServiceApp, type AppReadiness, type ServiceAppSpec } from './bootstrap/create-service-app';
export {
  loadKafkaConfig,
  loadServiceConfig,
  type ServiceConfig,
  type ServiceConfigSpec,
} from './config/service-config';
export { platformImports, type PlatformSpec } from './bootstrap/platform-imports';
export { runService } from './bootstrap/run-service';
export { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
export { ApiIdempotencyKey } from './idempotency/api-idempotency-key';
export { IdempotencyKeys1700000000001 } from './idempotency/idempotency-keys.migration';
export { PollingLoop } from './workers/polling-loop';
export { secret, MIN_SECRET_LENGTH } from './config/secret';
export { spreadsheetCsv } from './exports/spreadsheet-csv';
export { PAGE_LIMITS, PageQuery, pageOf } from './http/page.query';
export { correlationMiddleware, httpLoggingMiddleware } from './logging/http-logging.middleware';
export { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
