import { Logger } from '@nestjs/common';
import type { DataSource, QueryRunner } from 'typeorm';
import type { EventProducer } from '../kafka/recovering-producer';
import { messagingMetrics } from '../metrics/messaging-metrics';
import { OutboxListener } from './outbox-listener';
import { publishableRows, type OutboxRow } from './publishable-rows';
import { isRefusedRecord } from './refused-record';

export interface OutboxRelayOptions {
  batchSize?: number;
  pollIntervalMs?: number;
  /** the relay reads as stalled (not ready) when it has made no progress for this long */
  stallAfterMs?: number;
  /** fault injection for tests: runs after the broker's ack and before the rows are marked */
  afterPublish?: (rows: OutboxRow[]) => Promise<void>;
}

export interface RelayHealth {
  ok: boolean;
  /** why not, for the readiness report */
  reason?: string;
}

/**
 * Publishes outbox rows in commit order per key. Rows are locked with FOR UPDATE SKIP LOCKED so
 * two relays never publish the same row at once, and removed only in the transaction that
 * follows the broker's ack (acks=all): a crash in between publishes them again, never loses them.
 * A failed send is retried with backoff through a fresh producer (see RecoveringProducer); a row
 * the broker refuses for good is parked so the rows behind it keep flowing.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly listener: OutboxListener;
  private running = false;
  private loop?: Promise<void>;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly stallAfterMs: number;
  /** the last time a poll ended without error: rows published, or none waiting */
  private lastProgressAt = Date.now();
  private lastError?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: EventProducer,
    private readonly options: OutboxRelayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.stallAfterMs = options.stallAfterMs ?? 15000;
    this.listener = new OutboxListener(dataSource);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.lastProgressAt = Date.now();
    await this.listener.start();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.listener.wakeNow();
    await this.loop;
    await this.listener.stop();
  }

  /** Draining, or nothing to drain; not when it has been failing for longer than stallAfterMs. */
  health(now = Date.now()): RelayHealth {
    if (!this.running) return { ok: false, reason: 'outbox relay not running' };
    const stalled = now - this.lastProgressAt;
    if (stalled <= this.stallAfterMs) return { ok: true };
    return {
      ok: false,
      reason: `outbox not draining for ${Math.round(stalled / 1000)} s: ${this.lastError ?? 'no progress'}`,
    };
  }

  private async run(): Promise<void> {
    let backoff = 100;
    while (this.running) {
      try {
        const published = await this.publishBatch();
        backoff = 100;
        this.lastProgressAt = Date.now();
        this.lastError = undefined;
        if (published >= this.batchSize) continue;
      } catch (e) {
        this.lastError = (e as Error).message;
        this.logger.warn({ msg: 'outbox publish failed; will retry', err: this.lastError, backoffMs: backoff });
        await this.listener.waitForWork(backoff);
        backoff = Math.min(backoff * 2, 5000);
        continue;
      }
      await this.listener.waitForWork(this.pollIntervalMs);
    }
  }

  /** One batch in one transaction; returns how many rows it took out of the outbox. */
  async publishBatch(): Promise<number> {
    const qr = this.dataSource.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    try {
      // a mark lost in a crash only means publishing again, which the inbox absorbs
      await qr.query('SET LOCAL synchronous_commit = off');
      const rows = await this.lockBatch(qr);
      if (rows.length === 0) {
        await qr.commitTransaction();
        return 0;
      }
      const parked = await this.sendOrPark(qr, rows);
      const sent = rows.filter((r) => !parked.has(r.seq));
      await this.options.afterPublish?.(sent);
      // deleted, not flagged: an UPDATE rewrites each ~1.5 KB row and its index entries (4× slower),
      // and Kafka keeps the events anyway
      await qr.query('DELETE FROM outbox WHERE seq = ANY($1)', [sent.map((r) => r.seq)]);
      await qr.commitTransaction();
      for (const r of sent) messagingMetrics.published.inc({ topic: r.topic });
      for (const r of rows.filter((x) => parked.has(x.seq))) messagingMetrics.parked.inc({ topic: r.topic });
      return rows.length;
    } catch (e) {
      await qr.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await qr.release();
    }
  }

  /**
   * The batch in one request; if the broker refuses a record of it for good, row by row, in
   * order, parking each refused row (moved to outbox_parked in this transaction). Returns the
   * seqs parked.
   */
  private async sendOrPark(qr: QueryRunner, rows: OutboxRow[]): Promise<Set<string>> {
    const parked = new Set<string>();
    try {
      await this.send(rows);
      return parked;
    } catch (e) {
      if (!isRefusedRecord(e)) throw e;
    }
    for (const row of rows) {
      try {
        await this.send([row]);
      } catch (e) {
        if (!isRefusedRecord(e)) throw e;
        const error = (e as Error).message;
        this.logger.error({
          msg: 'the broker refused an outbox row; parked',
          seq: row.seq,
          id: row.id,
          topic: row.topic,
          type: row.type,
          error,
        });
        await qr.query(
          `WITH moved AS (DELETE FROM outbox WHERE seq = $1 RETURNING *)
           INSERT INTO outbox_parked (seq, id, topic, key, type, headers, payload, created_at, error)
           SELECT seq, id, topic, key, type, headers, payload, created_at, $2 FROM moved`,
          [row.seq, error.slice(0, 2000)],
        );
        parked.add(row.seq);
      }
    }
    return parked;
  }

  private async lockBatch(qr: QueryRunner): Promise<OutboxRow[]> {
    const locked: OutboxRow[] = await qr.query(
      `SELECT seq, id, topic, key, type, headers, payload::text AS payload FROM outbox
        ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [this.batchSize],
    );
    if (locked.length === 0) return locked;
    // rows of the same keys that another relay holds: they must go first, so those keys wait
    const keys = [...new Set(locked.map((r) => r.key))];
    const maxSeq = locked[locked.length - 1]!.seq;
    const unsent: { key: string; seq: string }[] = await qr.query(
      'SELECT key, seq FROM outbox WHERE key = ANY($1) AND seq <= $2',
      [keys, maxSeq],
    );
    return publishableRows(locked, unsent);
  }

  private async send(rows: OutboxRow[]): Promise<void> {
    const byTopic = new Map<string, OutboxRow[]>();
    for (const r of rows) {
      const list = byTopic.get(r.topic);
      if (list) list.push(r);
      else byTopic.set(r.topic, [r]);
    }
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map((r) => ({ key: r.key, value: r.payload, headers: r.headers })),
      })),
    });
  }
}
