export { ServiceKitModule } from './service-kit.module';
export { configureApp } from './configure-app';
export { CORRELATION_HEADER, type ReadinessCheck, type ServiceKitOptions } from './service-kit.options';
export { LateReadiness } from './health/late-readiness';
export { ProblemException } from './problem/problem.exception';
export type { FieldError, ProblemDocument, ProblemInit, ProblemText } from './problem/problem.types';
export { createServiceApp, type AppReadiness, type ServiceAppSpec } from './bootstrap/create-service-app';
export { loadServiceConfig, type ServiceConfig, type ServiceConfigSpec } from './config/service-config';
