import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EVENTS } from '../events/registry';
import { buildAsyncApi } from './asyncapi';

type Doc = {
  asyncapi: string;
  channels: Record<string, { address: string; messages?: Record<string, { $ref: string }> }>;
  components: { messages: Record<string, { name: string; payload: unknown }> };
};

const committed = JSON.parse(readFileSync(path.join(__dirname, '../../asyncapi.json'), 'utf8')) as Doc;

describe('AsyncAPI 3 document', () => {
  it('is the document generated from the registry (run npm run contracts:asyncapi after a change)', () => {
    expect(committed).toEqual(buildAsyncApi());
  });

  it('carries every event with exactly its schema, on the channel of its topic', () => {
    expect(committed.asyncapi).toBe('3.0.0');
    for (const event of EVENTS) {
      const message = Object.values(committed.components.messages).find((m) => m.name === event.type);
      expect(message?.payload).toEqual(event.schema);
      const channel = Object.values(committed.channels).find((c) => c.address === event.topic);
      const refs = Object.values(channel?.messages ?? {}).map((m) => m.$ref);
      expect(refs).toContain(`#/components/messages/${event.type.replace(/\./g, '_')}`);
    }
  });

  it('has a message for nothing that is not in the registry', () => {
    expect(Object.keys(committed.components.messages)).toHaveLength(EVENTS.length);
  });
});
