import { CovenantCreated, CovenantSigned, SignatureRecorded } from './covenants.events';
import type { EventDefinition } from './event-definition';
import { DraftGenerated } from './press.events';

/** Every event type of the platform. A v1 schema changes only compatibly; otherwise add a v2. */
export const EVENTS: ReadonlyArray<EventDefinition<unknown>> = [
  CovenantCreated,
  SignatureRecorded,
  CovenantSigned,
  DraftGenerated,
];

const byType = new Map(EVENTS.map((e) => [e.type, e]));

export function eventDefinition(type: string): EventDefinition<unknown> | undefined {
  return byType.get(type);
}
