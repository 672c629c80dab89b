import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceRescheduled, type CloudEvent, type ConferenceRescheduledData } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import { applyTiming } from './domain/conference';
import { ConferenceRepository } from './infra/conference.repository';

/** A conference moved; it may arrive before the schedule it changes. */
@Injectable()
export class ConferenceRescheduledHandler implements EventHandler<ConferenceRescheduledData> {
  readonly event = ConferenceRescheduled;

  constructor(private readonly conferences: ConferenceRepository) {}

  async handle(e: CloudEvent<ConferenceRescheduledData>, manager: EntityManager): Promise<void> {
    const d = e.data;
    await this.conferences.update(manager, d.conferenceId, (c) => applyTiming(c, {
      startsAt: new Date(d.startsAt), endsAt: new Date(d.endsAt), venue: d.venue?.name, asOf: new Date(e.time),
    }));
  }
}
