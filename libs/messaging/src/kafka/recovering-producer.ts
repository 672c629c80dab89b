import { Logger } from '@nestjs/common';
import type { Kafka, Producer, ProducerBatch, ProducerRecord, RecordMetadata } from 'kafkajs';

/** What the relay and the dead-letter writer need of a producer. */
export type EventProducer = Pick<Producer, 'send' | 'sendBatch'>;

/** Idempotent, one request in flight: no broker-side duplicates from retries, the order per key kept. */
export const PRODUCER_CONFIG = { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false } as const;

/**
 * A producer that replaces itself after a failed send. An idempotent producer whose request
 * failed may keep a stale sequence number and be refused forever after (OUT_OF_ORDER_SEQUENCE_NUMBER
 * once the broker is back); a fresh one gets a new producer id and starts its sequences again.
 * Nothing is lost by the swap: the caller keeps what it could not send (the outbox rows, the
 * unacknowledged message) and sends it again through the new producer, in the same order.
 */
export class RecoveringProducer implements EventProducer {
  private readonly logger = new Logger(RecoveringProducer.name);
  private current?: Producer;
  private connecting?: Promise<Producer>;
  private closed = false;
  /** producers replaced after a failure (for tests and metrics) */
  replacements = 0;

  constructor(private readonly kafka: Kafka) {}

  async connect(): Promise<void> {
    this.closed = false;
    await this.producer();
  }

  async disconnect(): Promise<void> {
    this.closed = true;
    const p = this.current;
    this.current = undefined;
    await p?.disconnect().catch(() => undefined);
  }

  send(record: ProducerRecord): Promise<RecordMetadata[]> {
    return this.through((p) => p.send(record));
  }

  sendBatch(batch: ProducerBatch): Promise<RecordMetadata[]> {
    return this.through((p) => p.sendBatch(batch));
  }

  private async through(op: (p: Producer) => Promise<RecordMetadata[]>): Promise<RecordMetadata[]> {
    const p = await this.producer();
    try {
      return await op(p);
    } catch (e) {
      this.discard(p, e as Error);
      throw e;
    }
  }

  private producer(): Promise<Producer> {
    if (this.closed) return Promise.reject(new Error('producer closed'));
    if (this.current) return Promise.resolve(this.current);
    this.connecting ??= (async () => {
      const p = this.kafka.producer(PRODUCER_CONFIG);
      try {
        await p.connect();
      } catch (e) {
        await p.disconnect().catch(() => undefined);
        throw e;
      }
      if (this.closed) {
        await p.disconnect().catch(() => undefined);
        throw new Error('producer closed');
      }
      this.current = p;
      return p;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private discard(p: Producer, err: Error): void {
    if (this.current !== p) return;
    this.current = undefined;
    this.replacements++;
    this.logger.warn({ msg: 'send failed; the next send uses a new producer', err: err.message });
    p.disconnect().catch(() => undefined);
  }
}
