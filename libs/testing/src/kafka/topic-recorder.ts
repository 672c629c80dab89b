import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type Consumer } from 'kafkajs';
import { saslOf, testKafkaBrokers, testKafkaLogin, type KafkaLogin } from '../infra/endpoints';

export interface RecordedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
  value: string | null;
}

/** Records every message of some topics from the beginning, for assertions on what is on the wire. */
export class TopicRecorder {
  readonly messages: RecordedMessage[] = [];
  private consumer?: Consumer;

  /** `broker`: another broker than the shared test broker (a test's own LocalBroker's `endpoint`). */
  static async start(
    topics: string[],
    broker: { brokers: string[]; login?: KafkaLogin } = { brokers: testKafkaBrokers(), login: testKafkaLogin() },
  ): Promise<TopicRecorder> {
    const recorder = new TopicRecorder();
    await recorder.begin(topics, broker.brokers, broker.login);
    return recorder;
  }

  ofType(type: string): RecordedMessage[] {
    return this.messages.filter((m) => m.headers.ce_type === type);
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }

  private async begin(topics: string[], brokers: string[], login: KafkaLogin | undefined): Promise<void> {
    const kafka = new Kafka({ clientId: 'test-recorder', brokers, logLevel: logLevel.NOTHING, ...saslOf(login) });
    const consumer = kafka.consumer({
      groupId: `recorder-${randomUUID()}`,
      sessionTimeout: 6000,
      heartbeatInterval: 500,
    });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ topic, partition, message }) => {
        this.messages.push({
          topic,
          partition,
          offset: message.offset,
          key: message.key?.toString() ?? null,
          headers: Object.fromEntries(
            Object.entries(message.headers ?? {}).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v)?.toString() ?? '']),
          ),
          value: message.value?.toString() ?? null,
        });
      },
    });
    await joined;
  }
}

/** A client on the test broker, logged in as the tests' admin. */
export function testKafka(clientId = 'test'): Kafka {
  return new Kafka({ clientId, brokers: testKafkaBrokers(), logLevel: logLevel.NOTHING, ...saslOf(testKafkaLogin()) });
}
