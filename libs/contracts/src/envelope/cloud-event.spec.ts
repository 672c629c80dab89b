import { EnvelopeError, fromKafkaMessage, toKafkaHeaders, type CloudEvent } from './cloud-event';

const event: CloudEvent<{ n: number }> = {
  id: '7b0c1c8e-2f0a-4a43-9d8e-0d6f3f2b9a11',
  type: 'covenants.covenant-signed.v1',
  source: '/services/covenants',
  specversion: '1.0',
  time: '2024-03-05T02:00:00.000Z',
  subject: 'cov-1',
  datacontenttype: 'application/json',
  correlationid: 'corr-1',
  causationid: 'cause-1',
  data: { n: 1 },
};

describe('CloudEvents binary mode', () => {
  it('round-trips every attribute through Kafka headers and a JSON value', () => {
    const headers = Object.fromEntries(Object.entries(toKafkaHeaders(event)).map(([k, v]) => [k, Buffer.from(v)]));
    expect(headers['content-type']!.toString()).toBe('application/json');
    expect(fromKafkaMessage(headers, Buffer.from(JSON.stringify(event.data)))).toEqual(event);
  });

  it('refuses a message without the required ce_ headers', () => {
    expect(() => fromKafkaMessage({ ce_id: 'x' }, Buffer.from('{}'))).toThrow(EnvelopeError);
  });

  it('refuses a value that is not JSON', () => {
    const headers = toKafkaHeaders(event);
    expect(() => fromKafkaMessage(headers, Buffer.from('{not json'))).toThrow(/not JSON/);
  });
});
