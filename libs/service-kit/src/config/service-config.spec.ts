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
      auth: {
        issuer: 'http://127.0.0.1:18080/realms/tdkt',
        audience: 'tdkt-api',
        jwksUri: undefined,
        rolesClaim: 'roles',
        tenantsClaim: 'tenants',
        nameClaim: 'name',
        clockSkewSeconds: 30,
      },
    });
  });

  it("takes another provider's issuer and claim names by configuration alone", () => {
    const c = load({
      AUTH_ISSUER: 'https://sso.example.invalid/realms/province',
      AUTH_ROLES_CLAIM: 'realm_access.roles',
      AUTH_TENANTS_CLAIM: 'organization',
    });
    expect(c.auth).toMatchObject({
      issuer: 'https://sso.example.invalid/realms/province',
      rolesClaim: 'realm_access.roles',
      tenantsClaim: 'organization',
    });
    expect(() => load({ AUTH_ISSUER: 'not a url' })).toThrow(/AUTH_ISSUER/);
    expect(() => load({ AUTH_CLOCK_SKEW_SECONDS: '3600' })).toThrow(/AUTH_CLOCK_SKEW_SECONDS/);
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
