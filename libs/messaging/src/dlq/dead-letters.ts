import { randomUUID } from 'node:crypto';
import type { IHeaders, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DLQ_HEADERS } from '../consumer/dead-letter';

export interface DeadLetter {
  partition: number;
  offset: string;
  key: string | null;
  error: string;
  consumer: string;
  originalTopic: string;
  headers: Record<string, string>;
  value: string | null;
}

const text = (v: IHeaders[string]): string => (Array.isArray(v) ? v[0] : v)?.toString() ?? '';

/** Reads a dead-letter topic from the start to its current end (a throwaway group, nothing committed). */
export async function readDeadLetters(kafka: Kafka, dlq: string, timeoutMs = 15000): Promise<DeadLetter[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(dlq).finally(() => admin.disconnect());
  const remaining = new Map(ends.filter((p) => p.high !== p.low).map((p) => [p.partition, BigInt(p.high)]));
  const letters: DeadLetter[] = [];
  if (remaining.size === 0) return letters;
  const consumer = kafka.consumer({ groupId: `dlq-reader-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${dlq}`)), timeoutMs);
      void consumer.run({
        autoCommit: false,
        eachMessage: async ({ partition, message }) => {
          letters.push(toDeadLetter(partition, message));
          if (BigInt(message.offset) + 1n >= (remaining.get(partition) ?? 0n)) remaining.delete(partition);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return letters.sort((a, b) => a.partition - b.partition || Number(BigInt(a.offset) - BigInt(b.offset)));
}

/** Publishes dead letters back to their original topic, without the x-dlq-* headers. */
export async function replayDeadLetters(producer: Producer, letters: DeadLetter[]): Promise<number> {
  for (const l of letters) {
    const headers = Object.fromEntries(Object.entries(l.headers).filter(([k]) => !k.startsWith('x-dlq-')));
    await producer.send({ topic: l.originalTopic, acks: -1, messages: [{ key: l.key, value: l.value, headers }] });
  }
  return letters.length;
}

function toDeadLetter(partition: number, m: KafkaMessage): DeadLetter {
  const headers = Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, text(v)]));
  return {
    partition,
    offset: m.offset,
    key: m.key?.toString() ?? null,
    error: headers[DLQ_HEADERS.error] ?? '',
    consumer: headers[DLQ_HEADERS.consumer] ?? '',
    originalTopic: headers[DLQ_HEADERS.topic] ?? '',
    headers,
    value: m.value?.toString() ?? null,
  };
}
