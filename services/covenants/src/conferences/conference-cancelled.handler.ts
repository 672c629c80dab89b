import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceCancelled, type CloudEvent, type ConferenceCancelledData } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import { applyCancelled } from './domain/conference';
import { ConferenceRepository } from './infra/conference.repository';

/** A conference was cancelled: covenants to be signed there show it (they are not cancelled with it). */
@Injectable()
export class ConferenceCancelledHandler implements EventHandler<ConferenceCancelledData> {
  readonly event = ConferenceCancelled;

  constructor(private readonly conferences: ConferenceRepository) {}

  async handle(e: CloudEvent<ConferenceCancelledData>, manager: EntityManager): Promise<void> {
    await this.conferences.update(manager, e.data.conferenceId, (c) => applyCancelled(c, new Date(e.data.cancelledAt), e.data.reason));
  }
}
