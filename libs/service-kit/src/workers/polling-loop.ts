import { Logger } from '@nestjs/common';

/**
 * Runs `tick` now and then again `intervalMs` after each run ends (never two at once); a failing
 * tick is logged and retried on the next round. `stop()` waits for the run in progress.
 */
export class PollingLoop {
  private readonly log: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    name: string,
    private readonly intervalMs: () => number,
    private readonly tick: () => Promise<unknown>,
  ) {
    this.log = new Logger(name);
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((e) => this.log.warn(`${(e as Error).message}`))
        .finally(() => this.schedule(this.intervalMs()));
    }, ms);
  }
}
