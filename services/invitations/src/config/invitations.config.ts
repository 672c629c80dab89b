import { z } from 'zod';
import { loadServiceConfig, secret, type ServiceConfig } from '@tdkt/service-kit';

export interface InvitationsConfig extends ServiceConfig {
  smtp: { host: string; port: number; secure: boolean; user?: string; password?: string; from: string };
  rsvp: { secret: string; publicBaseUrl: string };
  /** reminders before the conference, in minutes (e.g. 3 days and 1 day) */
  reminderOffsetsMinutes: number[];
  /** concurrency: mails in flight at once, each over its own pooled SMTP connection */
  mail: { pollMs: number; retryBaseMs: number; retryMaxMs: number; batchSize: number; concurrency: number };
  reminderPollMs: number;
}

const duration = /^(\d+)\s*(d|h|m)$/i;

/** "3d,1d" / "72h,24h" / "30m" → minutes, largest first. */
export function parseOffsets(text: string): number[] {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const minutes = parts.map((p) => {
    const m = duration.exec(p);
    if (!m) throw new Error(`"${p}" is not a duration like 3d, 24h or 30m`);
    return Number(m[1]) * ({ d: 1440, h: 60, m: 1 } as const)[m[2]!.toLowerCase() as 'd' | 'h' | 'm'];
  });
  return [...new Set(minutes)].sort((a, b) => b - a);
}

const schema = z.object({
  NODE_ENV: z.string().default('development'),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(2525),
  SMTP_SECURE: z.enum(['true', 'false']).default('false'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().min(3).default('Ban Thi đua - Khen thưởng <no-reply@tdkt.local>'),
  // signs the RSVP and check-in links: anyone who knows it can forge them
  RSVP_SECRET: secret(),
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3104'),
  REMINDER_OFFSETS: z
    .string()
    .default('3d,1d')
    .refine((s) => {
      try {
        parseOffsets(s);
        return true;
      } catch {
        return false;
      }
    }, 'durations like 3d,1d'),
  MAIL_POLL_MS: z.coerce.number().int().min(10).default(1000),
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(2000),
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(100).default(300000),
  MAIL_BATCH_SIZE: z.coerce.number().int().min(1).max(500).default(100),
  MAIL_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(4),
  REMINDER_POLL_MS: z.coerce.number().int().min(10).default(30000),
});

export function loadInvitationsConfig(env: NodeJS.ProcessEnv = process.env): InvitationsConfig {
  const base = loadServiceConfig(
    { service: 'invitations', port: ['INVITATIONS_PORT', 3104], database: ['INVITATIONS_DB', 'tdkt_invitations'] },
    env,
  );
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invitations: invalid configuration — ${problems}`);
  }
  const e = parsed.data;
  return {
    ...base,
    smtp: {
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE === 'true',
      user: e.SMTP_USER || undefined,
      password: e.SMTP_PASSWORD || undefined,
      from: e.SMTP_FROM,
    },
    rsvp: { secret: e.RSVP_SECRET, publicBaseUrl: e.PUBLIC_BASE_URL.replace(/\/+$/, '') },
    reminderOffsetsMinutes: parseOffsets(e.REMINDER_OFFSETS),
    mail: {
      pollMs: e.MAIL_POLL_MS,
      retryBaseMs: e.MAIL_RETRY_BASE_MS,
      retryMaxMs: e.MAIL_RETRY_MAX_MS,
      batchSize: e.MAIL_BATCH_SIZE,
      concurrency: e.MAIL_CONCURRENCY,
    },
    reminderPollMs: e.REMINDER_POLL_MS,
  };
}
