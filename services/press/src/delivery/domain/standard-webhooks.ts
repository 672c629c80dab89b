import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks (standardwebhooks.com), signed by its reference library: the secret is `whsec_`
 * + base64 key bytes; a message carries `webhook-id`, `webhook-timestamp` (Unix seconds) and
 * `webhook-signature`: `v1,` + base64(HMAC-SHA256(key, `${id}.${timestamp}.${body}`)).
 */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;

function webhookOf(secret: string): Webhook {
  // the library would also take a bare base64 key; ours are always prefixed
  if (!secret.startsWith('whsec_')) throw new RangeError('a Standard Webhooks secret starts with whsec_');
  return new Webhook(secret);
}

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return webhookOf(secret).sign(id, new Date(timestamp * 1000), body);
}

export function webhookHeaders(secret: string, id: string, timestamp: number, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(secret, id, timestamp, body),
  };
}

/**
 * What a receiver does: any of the space-separated v1 signatures matches, and the timestamp is
 * recent. The library's own verify() reads the wall clock; this takes the receiver's clock, so the
 * window is checked here and the signature computed by the library.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string>,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers['webhook-timestamp']);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, headers['webhook-id'] ?? '', ts, body));
  return (headers['webhook-signature'] ?? '').split(' ').some((s) => {
    const given = Buffer.from(s);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Exponential backoff with jitter: base, 4×, 16×… (±20%), capped at a day. */
export function retryDelayMs(attempt: number, baseMs: number, random = Math.random): number {
  const raw = Math.min(baseMs * 4 ** Math.max(0, attempt - 1), 86_400_000);
  return Math.round(raw * (0.8 + 0.4 * random()));
}
