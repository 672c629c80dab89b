import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The correlation of the work in progress: set by the HTTP layer for a request and by the
 * consumer runner for a message, read by the logger and by the outbox when it stamps events.
 */
export interface Correlation {
  correlationId: string;
  causationId?: string;
  /** who acted: the verified caller of a request, or the actor an incoming event carried */
  actor?: { id: string; name: string };
}

const storage = new AsyncLocalStorage<Correlation>();

export function runWithCorrelation<T>(correlation: Correlation, fn: () => T): T {
  return storage.run(correlation, fn);
}

export function currentCorrelation(): Correlation | undefined {
  return storage.getStore();
}
