import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PollingLoop } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from '../../config/press.config';
import { ConferenceDraftsRefresher } from './conference-drafts.refresher';
import { StaleConferences } from './stale-conferences';

/**
 * Keeps conference drafts current: takes the marked conferences one by one, each in its own
 * transaction (regenerate, unmark, commit). A fact that commits during a regeneration marks the
 * conference again, so nothing is missed. Polls (PRESS_REGEN_POLL_MS) and drains while there is work.
 */
@Injectable()
export class DraftRegenerator implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DraftRegenerator.name);
  private readonly loop = new PollingLoop(DraftRegenerator.name, () => this.config.press.regenPollMs, () => this.tick());
  private current?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly stale: StaleConferences,
    private readonly refresher: ConferenceDraftsRefresher,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Regenerates everything marked now; answers how many conferences it did. */
  async drain(): Promise<number> {
    let n = 0;
    while (!this.loop.isStopped && (await this.once())) n++;
    return n;
  }

  /** One round: drain; a failing conference is postponed so the others go on. */
  private async tick(): Promise<void> {
    try {
      await this.drain();
    } catch (e) {
      this.logger.warn({ msg: 'regeneration failed; retrying later', conferenceId: this.current, err: (e as Error).message });
      const failed = this.current;
      if (failed) await this.dataSource.transaction((m) => this.stale.postpone(m, failed, 5000)).catch(() => undefined);
    }
  }

  private once(): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      // the rebuild lock first, the marked row second: the rebuild takes them in the same order
      await this.stale.guard(m);
      const conferenceId = await this.stale.takeOne(m);
      if (!conferenceId) return false;
      this.current = conferenceId;
      await this.refresher.refresh(m, conferenceId);
      await this.stale.done(m, conferenceId);
      return true;
    });
  }
}
