import { loadServiceConfig, type ServiceConfig } from '@tdkt/service-kit';
import { z } from 'zod';

export interface PressConfig extends ServiceConfig {
  press: {
    /** how often the regenerator looks for conferences whose drafts are behind (ms) */
    regenPollMs: number;
    /** how often the webhook dispatcher looks for due deliveries (ms) */
    webhookPollMs: number;
    /** first retry delay; each further attempt waits 4× longer, with jitter (ms) */
    webhookBackoffMs: number;
    webhookMaxAttempts: number;
    webhookTimeoutMs: number;
    /** where links in feeds and webhooks point (the gateway's address in production) */
    publicUrl: string;
  };
}

export const PRESS_CONFIG = Symbol('PRESS_CONFIG');

const pressEnv = z.object({
  PRESS_REGEN_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(200),
  PRESS_WEBHOOK_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  PRESS_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).max(3_600_000).default(5000),
  PRESS_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
  PRESS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  PRESS_PUBLIC_URL: z.string().url().optional(),
});

/** The only place the press service reads its environment; refuses to start naming every bad variable. */
export function loadPressConfig(env: NodeJS.ProcessEnv = process.env): PressConfig {
  const base = loadServiceConfig({ service: 'press', port: ['PRESS_PORT', 3105], database: ['PRESS_DB', 'tdkt_press'] }, env);
  const parsed = pressEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`press: invalid configuration — ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    ...base,
    press: {
      regenPollMs: e.PRESS_REGEN_POLL_MS, webhookPollMs: e.PRESS_WEBHOOK_POLL_MS, webhookBackoffMs: e.PRESS_WEBHOOK_BACKOFF_MS,
      webhookMaxAttempts: e.PRESS_WEBHOOK_MAX_ATTEMPTS, webhookTimeoutMs: e.PRESS_WEBHOOK_TIMEOUT_MS,
      publicUrl: e.PRESS_PUBLIC_URL ?? `http://${base.http.host}:${base.http.port}`,
    },
  };
}
