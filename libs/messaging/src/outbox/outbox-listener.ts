import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import type { DataSource, DataSourceOptions } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox';

/**
 * LISTEN on the outbox channel so the relay wakes the moment a transaction with events commits.
 * Polling stays as the fallback: a lost connection only makes the relay slower, never stuck.
 */
export class OutboxListener {
  private readonly logger = new Logger(OutboxListener.name);
  private client?: Client;
  private wake?: () => void;
  private pending = false;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect().catch((e) => this.logger.warn({ msg: 'LISTEN unavailable; polling only', err: e.message }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  wakeNow(): void {
    this.pending = true;
    this.wake?.();
  }

  /** Resolves on a notification or after `timeoutMs`, whichever comes first. */
  async waitForWork(timeoutMs: number): Promise<void> {
    if (!this.client && !this.stopped) await this.connect().catch(() => undefined);
    if (this.pending) {
      this.pending = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      this.wake = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
    this.wake = undefined;
    this.pending = false;
  }

  private async connect(): Promise<void> {
    const o = this.dataSource.options as Extract<DataSourceOptions, { type: 'postgres' }>;
    const client = new Client({
      host: o.host,
      port: o.port,
      user: o.username,
      password: o.password as string | undefined,
      database: o.database,
      connectionTimeoutMillis: 3000,
    });
    client.on('notification', () => this.wakeNow());
    client.on('error', (e) => {
      this.logger.warn({ msg: 'LISTEN connection lost; polling until it is back', err: e.message });
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    if (this.stopped) await client.end();
    else this.client = client;
  }
}
