import type { IHeaders, KafkaMessage } from 'kafkajs';
import { dlqTopic } from '@tdkt/contracts';
import type { EventProducer } from '../kafka/recovering-producer';
import { messagingMetrics } from '../metrics/messaging-metrics';

export const DLQ_HEADERS = {
  error: 'x-dlq-error',
  consumer: 'x-dlq-consumer',
  topic: 'x-dlq-original-topic',
  partition: 'x-dlq-original-partition',
  offset: 'x-dlq-original-offset',
  failedAt: 'x-dlq-failed-at',
} as const;

/** Sends the original message, untouched, to `<topic>.dlq` with why and where it failed. */
export async function deadLetter(
  producer: EventProducer,
  consumer: string,
  source: { topic: string; partition: number; message: KafkaMessage },
  error: string,
): Promise<void> {
  const headers: IHeaders = {
    ...(source.message.headers ?? {}),
    [DLQ_HEADERS.error]: error.slice(0, 4000),
    [DLQ_HEADERS.consumer]: consumer,
    [DLQ_HEADERS.topic]: source.topic,
    [DLQ_HEADERS.partition]: String(source.partition),
    [DLQ_HEADERS.offset]: source.message.offset,
    [DLQ_HEADERS.failedAt]: new Date().toISOString(),
  };
  await producer.send({
    topic: dlqTopic(source.topic),
    acks: -1,
    messages: [{ key: source.message.key, value: source.message.value, headers }],
  });
  messagingMetrics.deadLettered.inc({ topic: source.topic });
}
