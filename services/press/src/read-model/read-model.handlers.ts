import { Injectable, type Type } from '@nestjs/common';
import type { CloudEvent, EventDefinition } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { StaleConferences } from '../drafts/regeneration/stale-conferences';
import { ReadModelProjection } from './projection';

/**
 * One handler per event type the read model folds in: apply the fact, mark the conference's
 * drafts as behind. The inbox (same transaction) makes a duplicate change nothing.
 */
export function projectionHandler(def: EventDefinition<unknown>): Type<EventHandler> {
  @Injectable()
  class ProjectionHandler implements EventHandler {
    readonly event = def;

    constructor(
      readonly projection: ReadModelProjection,
      readonly stale: StaleConferences,
    ) {}

    async handle(event: CloudEvent, manager: EntityManager): Promise<void> {
      await this.stale.guard(manager);
      await this.stale.mark(manager, await this.projection.apply(manager, event));
    }
  }
  Object.defineProperty(ProjectionHandler, 'name', { value: `${def.type.replace(/[^a-z]+(.)/gi, (_, c: string) => c.toUpperCase())}Handler` });
  return ProjectionHandler;
}
