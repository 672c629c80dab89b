import path from 'node:path';
import { z } from 'zod';
import { authConfigFrom, authEnv, type AuthConfig } from '@tdkt/auth';
import type { DatabaseConfig } from '@tdkt/persistence';
import { loadKafkaConfig, secret, type ServiceConfig } from '@tdkt/service-kit';

/** The services behind /api/<service>/…, each with its default local address. */
export const UPSTREAM_SERVICES = {
  covenants: 3101,
  agenda: 3102,
  awards: 3103,
  invitations: 3104,
  press: 3105,
} as const;
export type UpstreamService = keyof typeof UPSTREAM_SERVICES;

export interface GatewayConfig {
  http: { host: string; port: number };
  /** where browsers reach the gateway: redirect URIs and the Secure cookie flag follow from it */
  publicUrl: string;
  /** Express `trust proxy` (hops) when TLS ends in front of the gateway; 0: none */
  trustProxy: number;
  oidc: { issuer: string; clientId: string; clientSecret: string; scope: string };
  session: { secret: string; idleMinutes: number };
  database: DatabaseConfig;
  upstreams: Record<UpstreamService, string>;
  rateLimits: { windowSeconds: number; login: number; mail: number };
  logLevel: string;
  /** the built web console (index.html and assets/), served at / */
  consoleDir: string;
  /** how the access tokens it receives are read (issuer = the OIDC issuer above) */
  auth: AuthConfig;
  /**
   * `GET /events`: the broker and the gateway's own login (principal `gateway`, read only), the
   * events kept for reconnects (a ring in memory, per process) and how long one stream lasts
   */
  live: { kafka: ServiceConfig['kafka']; bufferSize: number; streamMinutes: number };
}

const url = () => z.string().url();
const count = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

const upstreamEnv = Object.fromEntries(
  Object.entries(UPSTREAM_SERVICES).map(([name, port]) => [
    `GATEWAY_UPSTREAM_${name.toUpperCase()}`,
    url().default(`http://127.0.0.1:${port}`),
  ]),
);

/**
 * The only place the gateway reads process.env: validated at start-up, it refuses to start with a
 * message naming every bad variable. Another OpenID Connect provider changes only AUTH_ISSUER,
 * GATEWAY_CLIENT_ID and GATEWAY_CLIENT_SECRET.
 */
export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = z.coerce.number().int().min(0).max(65535).default(3100).safeParse(env.GATEWAY_PORT);
  const schema = z.object({
    HTTP_HOST: z.string().min(1).default('127.0.0.1'),
    GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(3100),
    GATEWAY_PUBLIC_URL: url()
      .regex(/^https?:\/\/[^/]+\/?$/, 'an origin: scheme, host and port, no path')
      .default(`http://127.0.0.1:${port.success ? port.data : 3100}`),
    GATEWAY_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
    GATEWAY_CLIENT_ID: z.string().min(1).default('tdkt-gateway'),
    GATEWAY_CLIENT_SECRET: z.string({ error: "required: the gateway client's secret at the provider" }).min(1),
    GATEWAY_SCOPE: z
      .string()
      .regex(/(^| )openid( |$)/, 'must include openid')
      .default('openid'),
    GATEWAY_SESSION_SECRET: secret(),
    GATEWAY_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    GATEWAY_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    GATEWAY_LOGIN_RATE_LIMIT: count(20),
    GATEWAY_MAIL_RATE_LIMIT: count(10),
    PGHOST: z.string().min(1).default('127.0.0.1'),
    PGPORT: z.coerce.number().int().min(1).max(65535).default(5432),
    PGUSER: z.string().min(1).default('postgres'),
    PGPASSWORD: z.string().optional(),
    GATEWAY_DB: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/i, 'a database name')
      .default('tdkt_gateway'),
    GATEWAY_CONSOLE_DIR: z.string().min(1).default('dist/console'),
    GATEWAY_LIVE_BUFFER: z.coerce.number().int().min(10).max(100_000).default(1000),
    GATEWAY_LIVE_STREAM_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ...upstreamEnv,
    ...authEnv,
  });
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`gateway: invalid configuration — ${problems}`);
  }
  const e = parsed.data as Record<string, string | number | undefined>;
  const auth = authConfigFrom(e);
  return {
    http: { host: e.HTTP_HOST as string, port: e.GATEWAY_PORT as number },
    publicUrl: (e.GATEWAY_PUBLIC_URL as string).replace(/\/$/, ''),
    trustProxy: e.GATEWAY_TRUST_PROXY as number,
    oidc: {
      issuer: auth.issuer,
      clientId: e.GATEWAY_CLIENT_ID as string,
      clientSecret: e.GATEWAY_CLIENT_SECRET as string,
      scope: e.GATEWAY_SCOPE as string,
    },
    session: { secret: e.GATEWAY_SESSION_SECRET as string, idleMinutes: e.GATEWAY_SESSION_IDLE_MINUTES as number },
    database: {
      host: e.PGHOST as string,
      port: e.PGPORT as number,
      user: e.PGUSER as string,
      password: (e.PGPASSWORD as string | undefined) || undefined,
      database: e.GATEWAY_DB as string,
    },
    upstreams: Object.fromEntries(
      Object.keys(UPSTREAM_SERVICES).map((s) => [
        s,
        (e[`GATEWAY_UPSTREAM_${s.toUpperCase()}`] as string).replace(/\/$/, ''),
      ]),
    ) as Record<UpstreamService, string>,
    rateLimits: {
      windowSeconds: e.GATEWAY_RATE_WINDOW_SECONDS as number,
      login: e.GATEWAY_LOGIN_RATE_LIMIT as number,
      mail: e.GATEWAY_MAIL_RATE_LIMIT as number,
    },
    logLevel: e.LOG_LEVEL as string,
    consoleDir: path.resolve(e.GATEWAY_CONSOLE_DIR as string),
    auth,
    live: {
      // KAFKA_BROKERS, KAFKA_NAMESPACE, KAFKA_SASL_*: validated as every service's
      kafka: loadKafkaConfig('gateway', env),
      bufferSize: e.GATEWAY_LIVE_BUFFER as number,
      streamMinutes: e.GATEWAY_LIVE_STREAM_MINUTES as number,
    },
  };
}
