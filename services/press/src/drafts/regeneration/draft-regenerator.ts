import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PollingLoop } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from '../../config/press.config';
import type { Subject } from '../../read-model/domain/subject';
import { StaleSubjects } from '../../read-model/stale-subjects';
import { DraftsRefresher } from './drafts.refresher';

/**
 * Keeps every draft current: takes the marked subjects one by one, each in its own transaction
 * (regenerate, unmark, commit). A fact that commits during a regeneration marks the subject again,
 * so nothing is missed. Polls (PRESS_REGEN_POLL_MS), is woken at once for a signed covenant, and
 * drains while there is work.
 */
@Injectable()
export class DraftRegenerator implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DraftRegenerator.name);
  private readonly loop = new PollingLoop(
    DraftRegenerator.name,
    () => this.config.press.regenPollMs,
    () => this.tick(),
  );
  private current?: Subject;

  constructor(
    private readonly dataSource: DataSource,
    private readonly stale: StaleSubjects,
    private readonly refresher: DraftsRefresher,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stale.onPromptWork(() => this.loop.wake());
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Regenerates everything marked now; answers how many subjects it did. */
  async drain(): Promise<number> {
    let n = 0;
    while (!this.loop.isStopped && (await this.once())) n++;
    return n;
  }

  /** One round: drain; a failing subject is postponed so the others go on. */
  private async tick(): Promise<void> {
    try {
      await this.drain();
    } catch (e) {
      const failed = this.current;
      this.logger.warn({ msg: 'regeneration failed; retrying later', subject: failed, err: (e as Error).message });
      if (failed) await this.dataSource.transaction((m) => this.stale.postpone(m, failed, 5000)).catch(() => undefined);
    }
  }

  private once(): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      // the rebuild lock first, the marked row second: the rebuild takes them in the same order
      await this.stale.guard(m);
      const subject = await this.stale.takeOne(m);
      if (!subject) return false;
      this.current = subject;
      await this.refresher.refresh(m, subject);
      await this.stale.done(m, subject);
      return true;
    });
  }
}
