import { Injectable } from '@nestjs/common';
import { AwardRevoked, type AwardRevokedData, type CloudEvent } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { ReactionsRepository } from './infra/reactions.repository';

/** A revoked award leaves the presentation list; remembered even if its conferment has not arrived yet. */
@Injectable()
export class AwardRevokedHandler implements EventHandler<AwardRevokedData> {
  readonly event = AwardRevoked;

  constructor(private readonly reactions: ReactionsRepository) {}

  handle(event: CloudEvent<AwardRevokedData>, manager: EntityManager): Promise<void> {
    return this.reactions.revoked(manager, event.data);
  }
}
