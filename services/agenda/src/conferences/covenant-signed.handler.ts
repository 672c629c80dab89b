import { Injectable } from '@nestjs/common';
import { CovenantSigned, type CloudEvent, type CovenantSignedData } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { CovenantReaction } from './covenant-reaction';

/** The last signature: the conference's covenant signing segment is done (created if missing). */
@Injectable()
export class CovenantSignedHandler implements EventHandler<CovenantSignedData> {
  readonly event = CovenantSigned;

  constructor(private readonly reaction: CovenantReaction) {}

  handle(event: CloudEvent<CovenantSignedData>, manager: EntityManager): Promise<void> {
    return this.reaction.apply(manager, event.data, true);
  }
}
