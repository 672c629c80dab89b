import { type DynamicModule, Inject, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { AuthModule } from '@tdkt/auth';
import { HealthController } from './health/health.controller';
import { serviceLoggerModule } from './logging/logger.module';
import { HttpMetricsInterceptor } from './metrics/http-metrics.interceptor';
import { MetricsController } from './metrics/metrics.controller';
import { ensureDefaultMetrics, httpRequestDuration, setServiceLabel } from './metrics/prometheus';
import { ProblemFilter } from './problem/problem.filter';
import { SERVICE_KIT_OPTIONS, type ServiceKitOptions } from './service-kit.options';

/**
 * What every service imports once in its root module: the pino logger, /health/live and
 * /health/ready, /metrics, the token check on every route (libs/auth) (with the interceptor naming routes), and the problem+json filter. The app-level half (body
 * parser, validation, OpenAPI, request logging) is configureApp, called from main.ts.
 */
@Module({})
export class ServiceKitModule {
  constructor(@Inject(SERVICE_KIT_OPTIONS) options: ServiceKitOptions) {
    ensureDefaultMetrics();
    setServiceLabel(options.serviceName);
    httpRequestDuration();
  }

  static forRoot(options: ServiceKitOptions): DynamicModule {
    return {
      module: ServiceKitModule,
      imports: [
        serviceLoggerModule(options),
        TerminusModule.forRoot({ logger: false }),
        AuthModule.forRoot(options.auth),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: SERVICE_KIT_OPTIONS, useValue: options },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_INTERCEPTOR, useClass: HttpMetricsInterceptor },
      ],
      exports: [SERVICE_KIT_OPTIONS],
    };
  }
}
