import { Public } from '@tdkt/auth';
import { Controller, Get, HttpStatus, Inject, Logger, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, type HealthCheckResult } from '@nestjs/terminus';
import { ApiTags } from '@nestjs/swagger';
import type { HttpResponse } from '../http/http-types';
import { READINESS_TIMEOUT_MS, SERVICE_KIT_OPTIONS, type ServiceKitOptions } from '../service-kit.options';

/**
 * Probes: live = the process serves HTTP (restart it if not); ready = its dependencies answer
 * (send it traffic only then). Each readiness check is bounded, so a hung dependency reads as
 * down instead of hanging the probe.
 */
@ApiTags('health')
@Public('health probes: orchestrators and load balancers call them without a token')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger(HealthController.name);

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    @Inject(SERVICE_KIT_OPTIONS) private readonly options: ServiceKitOptions,
  ) {}

  @Get('live')
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ noCache: true })
  async ready(@Res({ passthrough: true }) res: HttpResponse): Promise<HealthCheckResult> {
    const checks = this.options.readiness.map(
      ({ name, check }) =>
        () =>
          this.indicators
            .check(name)
            .attempt(() => check())
            .withTimeout(READINESS_TIMEOUT_MS),
    );
    try {
      return await this.health.check(checks);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      // terminus' own report (which check failed and why), not a problem document: probes and
      // operators read this shape
      const report = err.getResponse() as HealthCheckResult;
      this.logger.warn({ health: report.error ?? report }, 'not ready');
      res.statusCode = HttpStatus.SERVICE_UNAVAILABLE;
      return report;
    }
  }
}
