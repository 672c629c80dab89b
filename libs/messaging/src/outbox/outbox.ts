import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  currentCorrelation,
  toKafkaHeaders,
  validateEventData,
  type CloudEvent,
  type EventDefinition,
} from '@tdkt/contracts';
import { withNamespace } from '../messaging-options';

export const OUTBOX_CHANNEL = 'tdkt_outbox';

export class InvalidEventError extends Error {}

export interface OutboxEntry<T> {
  /** the aggregate id: Kafka key and `ce_subject`; events of one key keep their order */
  subject: string;
  data: T;
  id?: string;
  time?: Date;
}

/**
 * Writes events in the caller's transaction, so the state change and its events commit or
 * roll back together. The relay publishes them after commit.
 */
export class Outbox {
  constructor(
    private readonly source: string,
    private readonly namespace?: string,
  ) {}

  async add<T>(manager: EntityManager, def: EventDefinition<T>, entry: OutboxEntry<T>): Promise<CloudEvent<T>> {
    const valid = validateEventData(def.type, entry.data);
    if (!valid.ok) throw new InvalidEventError(`${def.type} does not match its schema: ${valid.error}`);
    const correlation = currentCorrelation();
    const id = entry.id ?? randomUUID();
    const event: CloudEvent<T> = {
      id,
      type: def.type,
      source: this.source,
      specversion: '1.0',
      time: (entry.time ?? new Date()).toISOString(),
      subject: entry.subject,
      datacontenttype: 'application/json',
      correlationid: correlation?.correlationId ?? id,
      causationid: correlation?.causationId,
      data: entry.data,
    };
    await manager.query(
      `INSERT INTO outbox (id, topic, key, type, headers, payload) VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, withNamespace(this.namespace, def.topic), entry.subject, def.type, toKafkaHeaders(event), JSON.stringify(entry.data)],
    );
    // delivered at commit only: wakes the relay without waiting for its poll
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return event;
  }
}
