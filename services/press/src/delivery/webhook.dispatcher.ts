import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PollingLoop } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from '../config/press.config';
import { retryDelayMs, webhookHeaders } from './domain/standard-webhooks';
import { WebhookTransport, type AttemptResult } from './infra/webhook-transport';

interface Claimed {
  id: string;
  payload: string;
  attempts: number;
  webhook_url: string;
  secret: string;
}

/** A lease outlives the longest attempt by this much before another instance may take the delivery again. */
const LEASE_MARGIN_MS = 60_000;

/**
 * Sends due webhook deliveries from the database queue, signed per Standard Webhooks, every
 * attempt logged; a 2xx delivers, anything else is retried with exponential backoff until
 * PRESS_WEBHOOK_MAX_ATTEMPTS, then marked failed; an address refused as non-public fails at once.
 *
 * No transaction is open while a subscriber is called: deliveries are claimed in a short one
 * (a lease in `claimed_until`), sent, and the result recorded in another. At most
 * PRESS_WEBHOOK_MAX_IN_FLIGHT_PER_SUBSCRIPTION are in flight to one subscription across all
 * instances (its row is locked, SKIP LOCKED, while its deliveries are claimed), and sends run
 * side by side: a subscriber that hangs holds back only its own queue.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(WebhookDispatcher.name);
  private readonly loop = new PollingLoop(
    WebhookDispatcher.name,
    () => this.config.press.webhookPollMs,
    () => this.claimAndSend(),
  );
  private readonly inFlight = new Set<Promise<void>>();
  private readonly transport: WebhookTransport;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {
    const p = config.press;
    this.transport = new WebhookTransport({
      allowHttp: p.webhookAllowHttp,
      allowPrivateNetworks: p.webhookAllowPrivateNetworks,
      timeoutMs: p.webhookTimeoutMs,
    });
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Stops claiming, lets the attempts under way finish (each bounded by the timeout), then closes the sockets. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
    await Promise.allSettled([...this.inFlight]);
    this.transport.close();
  }

  /** Claims what is due, up to the room left, and starts each send without waiting for it. */
  private async claimAndSend(): Promise<void> {
    const room = this.config.press.webhookMaxInFlight - this.inFlight.size;
    if (room <= 0) return;
    for (const d of await this.claim(room)) {
      const sending: Promise<void> = this.deliver(d)
        .catch((e) => this.log.warn(`webhook ${d.id}: ${(e as Error).message}`))
        .finally(() => this.inFlight.delete(sending));
      this.inFlight.add(sending);
    }
  }

  private claim(room: number): Promise<Claimed[]> {
    const p = this.config.press;
    return this.dataSource.transaction(async (m) => {
      const subs: { id: string }[] = await m.query(
        `SELECT s.id FROM subscriptions s
         WHERE EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.subscription_id = s.id AND d.status = 'pending' AND d.next_attempt_at <= now()
                         AND (d.claimed_until IS NULL OR d.claimed_until <= now()))
         FOR NO KEY UPDATE OF s SKIP LOCKED`,
      );
      if (!subs.length) return [];
      // per subscription: the earliest due ones, as many as its in-flight limit leaves room for
      return m
        .query(
          `UPDATE webhook_deliveries d SET claimed_until = now() + ($3 || ' milliseconds')::interval
         FROM (
           SELECT x.id, x.webhook_url, x.secret FROM (
             SELECT d.id, d.next_attempt_at, s.webhook_url, s.secret,
                    row_number() OVER (PARTITION BY d.subscription_id ORDER BY d.next_attempt_at, d.id) AS rn,
                    (SELECT count(*) FROM webhook_deliveries f WHERE f.subscription_id = d.subscription_id AND f.status = 'pending' AND f.claimed_until > now()) AS busy
             FROM webhook_deliveries d JOIN subscriptions s ON s.id = d.subscription_id
             WHERE d.subscription_id = ANY($1::uuid[]) AND d.status = 'pending' AND d.next_attempt_at <= now()
               AND (d.claimed_until IS NULL OR d.claimed_until <= now())
           ) x WHERE x.rn + x.busy <= $2 ORDER BY x.next_attempt_at, x.id LIMIT $4
         ) pick
         WHERE d.id = pick.id
         RETURNING d.id, d.payload, d.attempts, pick.webhook_url, pick.secret`,
          [
            subs.map((s) => s.id),
            p.webhookMaxInFlightPerSubscription,
            String(p.webhookTimeoutMs + LEASE_MARGIN_MS),
            room,
          ],
        )
        .then(([rows]: [Claimed[]]) => rows);
    });
  }

  private async deliver(d: Claimed): Promise<void> {
    const headers = webhookHeaders(d.secret, d.id, Math.floor(Date.now() / 1000), d.payload);
    const result = await this.transport.send(d.webhook_url, headers, d.payload);
    await this.record(d, d.attempts + 1, result);
  }

  private record(d: Claimed, attempt: number, r: AttemptResult): Promise<void> {
    const status = r.outcome === 'response' ? r.status : null;
    const delivered = status !== null && status >= 200 && status < 300;
    const error = r.outcome === 'response' ? (delivered ? null : `HTTP ${r.status}`) : r.error;
    return this.dataSource.transaction(async (m) => {
      await m.query(
        'INSERT INTO webhook_attempts (delivery_id, attempt, at, status_code, error, duration_ms) VALUES ($1, $2, now(), $3, $4, $5)',
        [d.id, attempt, status, error, r.outcome === 'refused' ? null : r.durationMs],
      );
      if (delivered) {
        await m.query(
          `UPDATE webhook_deliveries SET status = 'delivered', attempts = $2, delivered_at = now(), last_error = NULL, claimed_until = NULL WHERE id = $1`,
          [d.id, attempt],
        );
      } else if (r.outcome === 'refused' || attempt >= this.config.press.webhookMaxAttempts) {
        // a refused address would be refused again: nothing is gained, or learnt, by retrying
        await m.query(
          `UPDATE webhook_deliveries SET status = 'failed', attempts = $2, last_error = $3, next_attempt_at = NULL, claimed_until = NULL WHERE id = $1`,
          [d.id, attempt, error],
        );
      } else {
        const delay = retryDelayMs(attempt, this.config.press.webhookBackoffMs);
        await m.query(
          `UPDATE webhook_deliveries SET attempts = $2, last_error = $3, next_attempt_at = now() + ($4 || ' milliseconds')::interval, claimed_until = NULL WHERE id = $1`,
          [d.id, attempt, error, String(delay)],
        );
      }
    });
  }
}
