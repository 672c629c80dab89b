import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PollingLoop } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from '../config/press.config';
import { retryDelayMs, webhookHeaders } from './domain/standard-webhooks';

interface Due {
  id: string;
  payload: string;
  attempts: number;
  webhook_url: string;
  secret: string;
}

/**
 * Sends due webhook deliveries from the database queue (SKIP LOCKED: instances share the work),
 * signs each per Standard Webhooks, logs every attempt; a 2xx delivers, anything else is
 * retried with exponential backoff until PRESS_WEBHOOK_MAX_ATTEMPTS, then marked failed.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop = new PollingLoop(WebhookDispatcher.name, () => this.config.press.webhookPollMs, () => this.drain());

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.loop.stop();
  }

  /** Sends every due delivery, one after another; a failure is logged and retried next round. */
  private async drain(): Promise<void> {
    while (!this.loop.isStopped && (await this.once()));
  }

  /** One due delivery, locked while it is attempted; answers whether there was one. */
  private once(): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const [due]: Due[] = await m.query(
        `SELECT d.id, d.payload, d.attempts, s.webhook_url, s.secret FROM webhook_deliveries d JOIN subscriptions s ON s.id = d.subscription_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= now() ORDER BY d.next_attempt_at LIMIT 1 FOR UPDATE OF d SKIP LOCKED`,
      );
      if (!due) return false;
      const attempt = due.attempts + 1;
      const started = Date.now();
      const result = await this.send(due);
      const duration = Date.now() - started;
      await m.query('INSERT INTO webhook_attempts (delivery_id, attempt, at, status_code, error, duration_ms) VALUES ($1, $2, now(), $3, $4, $5)', [
        due.id, attempt, result.status ?? null, result.error ?? null, duration,
      ]);
      if (result.ok) {
        await m.query(`UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, delivered_at = now(), last_error = NULL WHERE id = $1`, [due.id, attempt]);
      } else if (attempt >= this.config.press.webhookMaxAttempts) {
        await m.query(`UPDATE webhook_deliveries SET status = 'failed', attempts = $2, last_error = $3, next_attempt_at = NULL WHERE id = $1`, [due.id, attempt, result.error]);
      } else {
        const delay = retryDelayMs(attempt, this.config.press.webhookBackoffMs);
        await m.query(
          `UPDATE webhook_deliveries SET attempts = $2, last_error = $3, next_attempt_at = now() + ($4 || ' milliseconds')::interval WHERE id = $1`,
          [due.id, attempt, result.error, String(delay)],
        );
      }
      return true;
    });
  }

  private async send(d: Due): Promise<{ ok: boolean; status?: number; error?: string }> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(d.webhook_url, {
        method: 'POST', body: d.payload, headers: webhookHeaders(d.secret, d.id, timestamp, d.payload),
        signal: AbortSignal.timeout(this.config.press.webhookTimeoutMs), redirect: 'manual',
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.ok ? { ok: true, status: res.status } : { ok: false, status: res.status, error: `HTTP ${res.status}` };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }
}
