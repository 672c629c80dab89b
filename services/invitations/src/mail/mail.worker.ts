import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PollingLoop } from '@tdkt/service-kit';
import { DataSource } from 'typeorm';
import { InvitationSent } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { INVITATIONS_CONFIG } from '../common/settings.module';
import type { InvitationsConfig } from '../config/invitations.config';
import { retryDelayMs } from './domain/backoff';
import { MailQueueRepository } from './infra/mail-queue.repository';
import { PermanentSmtpError, SmtpTransport } from './infra/smtp.transport';
import { mailMetrics } from './mail.metrics';

/**
 * Sends the mail queue. One mail per transaction: the row is locked (SKIP LOCKED: several
 * instances share the queue), sent, and marked sent — with its invitation-sent event in the
 * outbox — only after the SMTP server accepted it. An outage leaves the row pending with a
 * growing delay; a restart resumes from the table.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('MailWorker');
  private readonly loop = new PollingLoop(
    'MailWorker',
    () => this.config.mail.pollMs,
    () => this.drain(),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: MailQueueRepository,
    private readonly smtp: SmtpTransport,
    private readonly outbox: Outbox,
    @Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** Sends what is due, up to a batch, in `concurrency` lanes (SKIP LOCKED keeps them apart); returns how many were handled. */
  async drain(): Promise<number> {
    const { concurrency, batchSize } = this.config.mail;
    const per = Math.ceil(batchSize / concurrency);
    const handled = await Promise.all(Array.from({ length: concurrency }, () => this.lane(per)));
    return handled.reduce((a, b) => a + b, 0);
  }

  private async lane(limit: number): Promise<number> {
    let handled = 0;
    while (!this.loop.isStopped && handled < limit) {
      const did = await this.dataSource.transaction(async (manager) => {
        const mail = await this.queue.lockNextDue(manager);
        if (!mail) return false;
        try {
          const { messageId } = await this.smtp.send(mail);
          await this.queue.markSent(manager, mail.id, messageId);
          if (mail.sentEvent) {
            await this.outbox.add(manager, InvitationSent, {
              subject: mail.sentEvent.invitationId,
              tenant: await this.queue.tenantOf(manager, mail.sentEvent.invitationId),
              data: { ...mail.sentEvent, sentAt: this.clock.now().toISOString() },
            });
          }
          mailMetrics.sent.inc({ purpose: mail.purpose });
        } catch (e) {
          const message = (e as Error).message;
          if (e instanceof PermanentSmtpError) {
            mailMetrics.failedAttempts.inc({ kind: 'permanent' });
            await this.queue.markFailed(manager, mail.id, message);
            this.log.warn(`mail ${mail.id} to ${mail.to.address} refused for good: ${message}`);
          } else {
            mailMetrics.failedAttempts.inc({ kind: 'transient' });
            await this.queue.markRetry(
              manager,
              mail.id,
              retryDelayMs(mail.attempts, this.config.mail.retryBaseMs, this.config.mail.retryMaxMs),
              message,
            );
            return false; // the server is likely down: wait for the next round rather than hammer it
          }
        }
        return true;
      });
      if (!did) break;
      handled++;
    }
    return handled;
  }
}
