/** Delay before the next SMTP attempt: doubling from `baseMs`, capped at `maxMs`, ±20% jitter. Never gives up on a transient error. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.min(attempts, 30));
  return Math.round(raw * (0.8 + 0.4 * random()));
}
