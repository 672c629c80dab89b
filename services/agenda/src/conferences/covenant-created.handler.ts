import { Injectable } from '@nestjs/common';
import { CovenantCreated, type CloudEvent, type CovenantCreatedData } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { CovenantReaction } from './covenant-reaction';

/** A covenant drafted for a conference: its signing segment exists, and waits for every signature. */
@Injectable()
export class CovenantCreatedHandler implements EventHandler<CovenantCreatedData> {
  readonly event = CovenantCreated;

  constructor(private readonly reaction: CovenantReaction) {}

  handle(event: CloudEvent<CovenantCreatedData>, manager: EntityManager): Promise<void> {
    return this.reaction.apply(manager, event.data, false);
  }
}
