import { Logger } from '@nestjs/common';

/**
 * Runs `tick` now and then again `intervalMs` after each run ends (never two at once); a failing
 * tick is logged and retried on the next round. `wake()` brings the next round forward.
 * `stop()` waits for the run in progress.
 */
export class PollingLoop {
  private readonly log: Logger;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private busy = false;
  private again = false;
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

  /** A round now, or right after the one in progress (work arrived that should not wait for the interval). */
  wake(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
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
      this.busy = true;
      this.again = false;
      this.running = this.tick()
        .catch((e) => this.log.warn(`${(e as Error).message}`))
        .finally(() => {
          this.busy = false;
          this.schedule(this.again ? 0 : this.intervalMs());
        });
    }, ms);
  }
}
