import { z } from 'zod';
import type { KafkaLogin } from '@tdkt/messaging';
import { authConfigFrom, authEnv, type AuthConfig } from '@tdkt/auth';

/** What every service reads from the environment; a service adds its own fields on top. */
export interface ServiceConfig {
  http: { host: string; port: number };
  /** `sasl`: the service's own principal, whose ACLs limit its topics; absent: no login (the broker of infra/kafka refuses that) */
  kafka: { brokers: string[]; namespace: string; partitions: number; sasl?: KafkaLogin };
  database: { host: string; port: number; user: string; password?: string; database: string };
  logLevel: string;
  /** how access tokens are checked: the OpenID Connect provider's issuer, audience and claims */
  auth: AuthConfig;
}

export interface ServiceConfigSpec {
  service: string;
  /** e.g. COVENANTS_PORT, 3101 */
  port: [envName: string, fallback: number];
  /** e.g. COVENANTS_DB, tdkt_covenants */
  database: [envName: string, fallback: string];
}

const kafkaEnv = {
  KAFKA_BROKERS: z
    .string()
    .regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'host:port[,host:port…]')
    .default('127.0.0.1:19092'),
  KAFKA_NAMESPACE: z.string().default(''),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
  KAFKA_SASL_MECHANISM: z.enum(['scram-sha-512', 'scram-sha-256', 'plain']).default('scram-sha-512'),
  KAFKA_SASL_USERNAME: z.string().min(1).optional(),
  KAFKA_SASL_PASSWORD: z.string().min(1).optional(),
};
const saslPair = {
  check: (e: Record<string, unknown>) => !e.KAFKA_SASL_USERNAME === !e.KAFKA_SASL_PASSWORD,
  issue: { path: ['KAFKA_SASL_PASSWORD'], message: 'KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together' },
};

function parseEnv<T extends z.ZodRawShape>(
  who: string,
  shape: T,
  env: NodeJS.ProcessEnv,
): Record<string, string | number | undefined> {
  const parsed = z.object(shape).refine(saslPair.check, saslPair.issue).safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${who}: invalid configuration — ${problems}`);
  }
  return parsed.data as Record<string, string | number | undefined>;
}

function kafkaConfig(e: Record<string, string | number | undefined>): ServiceConfig['kafka'] {
  return {
    brokers: (e.KAFKA_BROKERS as string).split(','),
    namespace: e.KAFKA_NAMESPACE as string,
    partitions: e.KAFKA_PARTITIONS as number,
    ...(e.KAFKA_SASL_USERNAME
      ? {
          sasl: {
            mechanism: e.KAFKA_SASL_MECHANISM as KafkaLogin['mechanism'],
            username: e.KAFKA_SASL_USERNAME as string,
            password: e.KAFKA_SASL_PASSWORD as string,
          },
        }
      : {}),
  };
}

/** Only the broker part (for the tools that provision Kafka), validated like a service's. */
export function loadKafkaConfig(tool: string, env: NodeJS.ProcessEnv = process.env): ServiceConfig['kafka'] {
  return kafkaConfig(parseEnv(tool, kafkaEnv, env));
}

/**
 * The only place that reads process.env: validated at start-up, the service refuses to start
 * with a message naming every bad variable.
 */
export function loadServiceConfig(spec: ServiceConfigSpec, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const e = parseEnv(
    spec.service,
    {
      HTTP_HOST: z.string().min(1).default('127.0.0.1'),
      [spec.port[0]]: z.coerce.number().int().min(0).max(65535).default(spec.port[1]),
      ...kafkaEnv,
      PGHOST: z.string().min(1).default('127.0.0.1'),
      PGPORT: z.coerce.number().int().min(1).max(65535).default(5432),
      PGUSER: z.string().min(1).default('postgres'),
      PGPASSWORD: z.string().optional(),
      [spec.database[0]]: z
        .string()
        .regex(/^[a-z_][a-z0-9_]*$/i, 'a database name')
        .default(spec.database[1]),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      ...authEnv,
    },
    env,
  );
  return {
    http: { host: e.HTTP_HOST as string, port: e[spec.port[0]] as number },
    kafka: kafkaConfig(e),
    database: {
      host: e.PGHOST as string,
      port: e.PGPORT as number,
      user: e.PGUSER as string,
      password: (e.PGPASSWORD as string | undefined) || undefined,
      database: e[spec.database[0]] as string,
    },
    logLevel: e.LOG_LEVEL as string,
    auth: authConfigFrom(e),
  };
}
