import type { EntityManager } from 'typeorm';
import type { CloudEvent, EventDefinition } from '@tdkt/contracts';

/**
 * Handles one event type. `handle` runs inside the inbox transaction: write through `manager`
 * (and add follow-up events to the outbox with it) so effects and the inbox row commit together.
 */
export interface EventHandler<T = unknown> {
  readonly event: EventDefinition<T>;
  handle(event: CloudEvent<T>, manager: EntityManager): Promise<void>;
}

/** Thrown by a handler for a message that can never succeed: dead-lettered without retries. */
export class NonRetriableError extends Error {}
