import { z } from 'zod';

/** What every service reads from the environment; a service adds its own fields on top. */
export interface ServiceConfig {
  http: { host: string; port: number };
  kafka: { brokers: string[]; namespace: string; partitions: number };
  database: { host: string; port: number; user: string; password?: string; database: string };
  logLevel: string;
}

export interface ServiceConfigSpec {
  service: string;
  /** e.g. COVENANTS_PORT, 3101 */
  port: [envName: string, fallback: number];
  /** e.g. COVENANTS_DB, tdkt_covenants */
  database: [envName: string, fallback: string];
}

/**
 * The only place that reads process.env: validated at start-up, the service refuses to start
 * with a message naming every bad variable.
 */
export function loadServiceConfig(spec: ServiceConfigSpec, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const schema = z.object({
    HTTP_HOST: z.string().min(1).default('127.0.0.1'),
    [spec.port[0]]: z.coerce.number().int().min(0).max(65535).default(spec.port[1]),
    KAFKA_BROKERS: z.string().regex(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, 'host:port[,host:port…]').default('127.0.0.1:19092'),
    KAFKA_NAMESPACE: z.string().default(''),
    KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(64).default(3),
    PGHOST: z.string().min(1).default('127.0.0.1'),
    PGPORT: z.coerce.number().int().min(1).max(65535).default(5432),
    PGUSER: z.string().min(1).default('postgres'),
    PGPASSWORD: z.string().optional(),
    [spec.database[0]]: z.string().regex(/^[a-z_][a-z0-9_]*$/i, 'a database name').default(spec.database[1]),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${spec.service}: invalid configuration — ${problems}`);
  }
  const e = parsed.data as Record<string, string | number | undefined>;
  return {
    http: { host: e.HTTP_HOST as string, port: e[spec.port[0]] as number },
    kafka: {
      brokers: (e.KAFKA_BROKERS as string).split(','),
      namespace: e.KAFKA_NAMESPACE as string,
      partitions: e.KAFKA_PARTITIONS as number,
    },
    database: {
      host: e.PGHOST as string,
      port: e.PGPORT as number,
      user: e.PGUSER as string,
      password: (e.PGPASSWORD as string | undefined) || undefined,
      database: e[spec.database[0]] as string,
    },
    logLevel: e.LOG_LEVEL as string,
  };
}
