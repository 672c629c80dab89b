import { loadServiceConfig, type ServiceConfig } from '@tdkt/service-kit';
import { z } from 'zod';

export interface PressConfig extends ServiceConfig {
  press: {
    /** how often the regenerator looks for subjects (conferences, covenants) whose drafts are behind (ms); a marked covenant wakes it at once */
    regenPollMs: number;
    /** how often the webhook dispatcher looks for due deliveries (ms) */
    webhookPollMs: number;
    /** first retry delay; each further attempt waits 4× longer, with jitter (ms) */
    webhookBackoffMs: number;
    webhookMaxAttempts: number;
    /** one attempt, connect to last byte read (ms) */
    webhookTimeoutMs: number;
    /** deliveries in flight at once to one subscription; the rest of its queue waits, other subscriptions do not */
    webhookMaxInFlightPerSubscription: number;
    /** deliveries in flight at once from one instance */
    webhookMaxInFlight: number;
    /** plain http:// webhooks (development and tests only; refused when NODE_ENV=production) */
    webhookAllowHttp: boolean;
    /** loopback, private, link-local… addresses (tests only; refused when NODE_ENV=production) */
    webhookAllowPrivateNetworks: boolean;
    /** where links in feeds and webhooks point (the gateway's address in production) */
    publicUrl: string;
  };
}

export const PRESS_CONFIG = Symbol('PRESS_CONFIG');

const flag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((v) => v === 'true');

const pressEnv = z
  .object({
    NODE_ENV: z.string().default('development'),
    PRESS_REGEN_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
    PRESS_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    PRESS_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(5000),
    PRESS_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
    PRESS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    PRESS_WEBHOOK_MAX_IN_FLIGHT_PER_SUBSCRIPTION: z.coerce.number().int().min(1).max(20).default(2),
    PRESS_WEBHOOK_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(200).default(16),
    PRESS_WEBHOOK_ALLOW_HTTP: flag,
    PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS: flag,
    PRESS_PUBLIC_URL: z.string().url().optional(),
  })
  // webhooks reaching inside the network, or in clear text, are a test convenience, never a production setting
  .refine((e) => !(e.NODE_ENV === 'production' && e.PRESS_WEBHOOK_ALLOW_HTTP), {
    path: ['PRESS_WEBHOOK_ALLOW_HTTP'],
    message: 'webhooks are https-only when NODE_ENV=production',
  })
  .refine((e) => !(e.NODE_ENV === 'production' && e.PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS), {
    path: ['PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS'],
    message: 'webhooks never reach private networks when NODE_ENV=production',
  });

/** The only place the press service reads its environment; refuses to start naming every bad variable. */
export function loadPressConfig(env: NodeJS.ProcessEnv = process.env): PressConfig {
  const base = loadServiceConfig(
    { service: 'press', port: ['PRESS_PORT', 3105], database: ['PRESS_DB', 'tdkt_press'] },
    env,
  );
  const parsed = pressEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `press: invalid configuration — ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const e = parsed.data;
  return {
    ...base,
    press: {
      regenPollMs: e.PRESS_REGEN_POLL_MS,
      webhookPollMs: e.PRESS_WEBHOOK_POLL_MS,
      webhookBackoffMs: e.PRESS_WEBHOOK_BACKOFF_MS,
      webhookMaxAttempts: e.PRESS_WEBHOOK_MAX_ATTEMPTS,
      webhookTimeoutMs: e.PRESS_WEBHOOK_TIMEOUT_MS,
      webhookMaxInFlightPerSubscription: e.PRESS_WEBHOOK_MAX_IN_FLIGHT_PER_SUBSCRIPTION,
      webhookMaxInFlight: e.PRESS_WEBHOOK_MAX_IN_FLIGHT,
      webhookAllowHttp: e.PRESS_WEBHOOK_ALLOW_HTTP,
      webhookAllowPrivateNetworks: e.PRESS_WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      publicUrl: e.PRESS_PUBLIC_URL ?? `http://${base.http.host}:${base.http.port}`,
    },
  };
}
