import type { Kafka } from 'kafkajs';
import { dlqTopic } from '@tdkt/contracts';

/**
 * Topics are created explicitly at start-up (the broker never auto-creates them), each with its
 * dead-letter twin. Already existing topics are left as they are.
 */
export async function ensureTopics(kafka: Kafka, topics: string[], partitions = 3): Promise<void> {
  const wanted = [...new Set(topics.flatMap((t) => [t, dlqTopic(t)]))];
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
    });
  } catch (e) {
    // another instance may have created them in the meantime: that is fine
    if ((e as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw e;
  } finally {
    await admin.disconnect();
  }
}
