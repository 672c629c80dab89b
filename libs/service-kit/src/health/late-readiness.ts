import type { INestApplicationContext } from '@nestjs/common';
import type { ReadinessCheck } from '../service-kit.options';

/**
 * Readiness checks that need the application's own providers (its DataSource, its Kafka client)
 * while the options naming them must exist before the application does. Declare the checks
 * first, `attach(app)` once created; until then they report "not started".
 */
export class LateReadiness {
  private app?: INestApplicationContext;

  check(name: string, fn: (app: INestApplicationContext) => Promise<void>): ReadinessCheck {
    return {
      name,
      check: async () => {
        if (!this.app) throw new Error('application not started yet');
        await fn(this.app);
      },
    };
  }

  attach(app: INestApplicationContext): void {
    this.app = app;
  }
}
