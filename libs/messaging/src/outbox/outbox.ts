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

/**
 * An event larger than the broker takes (1 MiB by default, headers and framing included) would
 * stop at the relay; refused at write time instead, while the caller can still be told.
 */
export const MAX_EVENT_BYTES = 512 * 1024;

export class EventTooLargeError extends Error {
  constructor(
    readonly type: string,
    readonly bytes: number,
    readonly limit = MAX_EVENT_BYTES,
  ) {
    super(`${type} would be ${bytes} bytes; an event may be at most ${limit} bytes`);
  }
}

/** Rows per INSERT statement in addMany: bounded so one statement stays a few MB at most. */
const INSERT_CHUNK = 1000;

export interface OutboxEntry<T> {
  /** the aggregate id: Kafka key and `ce_subject`; events of one key keep their order */
  subject: string;
  data: T;
  id?: string;
  time?: Date;
  /** the organization owning the subject; travels as the `tenant` extension attribute */
  tenant?: string | null;
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
    const [event] = await this.addMany(manager, def, [entry]);
    return event!;
  }

  /**
   * Many events of one type in the caller's transaction (a decision with thousands of
   * recipients): each is validated first, so one invalid event writes none; the rows go in
   * multi-row INSERTs (array parameters), in the order given, and the relay is woken once.
   */
  async addMany<T>(
    manager: EntityManager,
    def: EventDefinition<T>,
    entries: OutboxEntry<T>[],
  ): Promise<CloudEvent<T>[]> {
    if (entries.length === 0) return [];
    const correlation = currentCorrelation();
    const topic = withNamespace(this.namespace, def.topic);
    const rows = entries.map((entry, i) => {
      // before the schema: the validator is never run over megabytes
      const payload = JSON.stringify(entry.data);
      const bytes = Buffer.byteLength(payload) + Buffer.byteLength(entry.subject);
      if (bytes > MAX_EVENT_BYTES) throw new EventTooLargeError(def.type, bytes);
      const valid = validateEventData(def.type, entry.data);
      if (!valid.ok) {
        const which = entries.length > 1 ? ` (entry ${i + 1} of ${entries.length}, subject ${entry.subject})` : '';
        throw new InvalidEventError(`${def.type} does not match its schema${which}: ${valid.error}`);
      }
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
        ...(correlation?.actor ? { actorid: correlation.actor.id, actorname: correlation.actor.name } : {}),
        ...(entry.tenant ? { tenant: entry.tenant } : {}),
        data: entry.data,
      };
      return { event, payload, headers: JSON.stringify(toKafkaHeaders(event)) };
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      // unnest keeps the given order, so seq (and the per-key publishing order) follows it
      await manager.query(
        `INSERT INTO outbox (id, topic, key, type, headers, payload)
         SELECT id, $2, key, $3, headers, payload
           FROM unnest($1::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS t(id, key, headers, payload, n)
          ORDER BY n`,
        [
          chunk.map((r) => r.event.id),
          topic,
          def.type,
          chunk.map((r) => r.event.subject),
          chunk.map((r) => r.headers),
          chunk.map((r) => r.payload),
        ],
      );
    }
    // delivered at commit only: wakes the relay without waiting for its poll
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return rows.map((r) => r.event);
  }
}
