import { EVENTS } from '../events/registry';
import { dlqTopic } from '../topics';

/**
 * The AsyncAPI 3 document, built from the registry so it cannot drift from the schemas;
 * `libs/contracts/asyncapi.json` is its committed copy (a test keeps them equal).
 */
export function buildAsyncApi(): Record<string, unknown> {
  const topics = [...new Set(EVENTS.map((e) => e.topic))].sort();
  const channelId = (topic: string) => topic.replace(/\./g, '_');
  const messageId = (type: string) => type.replace(/\./g, '_');
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  for (const topic of topics) {
    const messages = Object.fromEntries(
      EVENTS.filter((e) => e.topic === topic).map((e) => [
        messageId(e.type),
        { $ref: `#/components/messages/${messageId(e.type)}` },
      ]),
    );
    channels[channelId(topic)] = { address: topic, messages };
    channels[channelId(dlqTopic(topic))] = {
      address: dlqTopic(topic),
      description: 'Dead letters: the original message with headers x-dlq-error, x-dlq-consumer, x-dlq-original-*.',
    };
    operations[`publish_${channelId(topic)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId(topic)}` },
    };
  }
  const messages = Object.fromEntries(
    EVENTS.map((e) => [
      messageId(e.type),
      {
        name: e.type,
        summary: e.summary,
        contentType: 'application/json',
        headers: ceHeadersSchema(e.type),
        payload: e.schema,
        bindings: { kafka: { key: { type: 'string', description: 'the aggregate id (ce_subject)' } } },
      },
    ]),
  );
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Hội nghị thi đua, khen thưởng — events',
      version: '1.0.0',
      description: 'CloudEvents 1.0 in Kafka binary mode: ce_* headers, JSON body = data.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}

function ceHeadersSchema(type: string): Record<string, unknown> {
  const s = { type: 'string' };
  return {
    type: 'object',
    required: ['ce_id', 'ce_type', 'ce_source', 'ce_specversion', 'ce_time', 'ce_subject'],
    properties: {
      ce_id: s,
      ce_type: { type: 'string', const: type },
      ce_source: s,
      ce_specversion: { type: 'string', const: '1.0' },
      ce_time: s,
      ce_subject: s,
      ce_correlationid: s,
      ce_causationid: s,
      'content-type': { type: 'string', const: 'application/json' },
    },
  };
}
