import { loadServiceConfig } from './service-config';

const spec = {
  service: 'covenants',
  port: ['COVENANTS_PORT', 3101],
  database: ['COVENANTS_DB', 'tdkt_covenants'],
} as const;
const load = (env: NodeJS.ProcessEnv) =>
  loadServiceConfig({ ...spec, port: [...spec.port], database: [...spec.database] }, env);

describe('service configuration', () => {
  it('has working defaults for this machine', () => {
    expect(load({})).toEqual({
      http: { host: '127.0.0.1', port: 3101 },
      kafka: { brokers: ['127.0.0.1:19092'], namespace: '', partitions: 3 },
      database: { host: '127.0.0.1', port: 5432, user: 'postgres', password: undefined, database: 'tdkt_covenants' },
      logLevel: 'info',
    });
  });

  it('reads the service-specific variables', () => {
    const c = load({ COVENANTS_PORT: '4000', COVENANTS_DB: 'other', KAFKA_BROKERS: 'a:1,b:2' });
    expect([c.http.port, c.database.database, c.kafka.brokers]).toEqual([4000, 'other', ['a:1', 'b:2']]);
  });

  it('reads the SASL login, and refuses a user without a password', () => {
    const c = load({ KAFKA_SASL_USERNAME: 'covenants', KAFKA_SASL_PASSWORD: 's3cret' });
    expect(c.kafka.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'covenants', password: 's3cret' });
    expect(() => load({ KAFKA_SASL_USERNAME: 'covenants' })).toThrow(
      /KAFKA_SASL_PASSWORD: KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together/,
    );
    expect(() => load({ KAFKA_SASL_USERNAME: 'x', KAFKA_SASL_PASSWORD: 'y', KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(
      /KAFKA_SASL_MECHANISM/,
    );
  });

  it('refuses to start and names every bad variable', () => {
    expect(() => load({ COVENANTS_PORT: 'eighty', KAFKA_BROKERS: 'no port', LOG_LEVEL: 'loud' })).toThrow(
      /covenants: invalid configuration — .*COVENANTS_PORT.*KAFKA_BROKERS.*LOG_LEVEL/,
    );
  });
});
