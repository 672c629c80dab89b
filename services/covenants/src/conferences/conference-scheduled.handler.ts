import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConferenceScheduled, type CloudEvent, type ConferenceScheduledData } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import { applyScheduled } from './domain/conference';
import { ConferenceRepository } from './infra/conference.repository';

/** A conference was scheduled: a covenant to be signed there can show its title and time. */
@Injectable()
export class ConferenceScheduledHandler implements EventHandler<ConferenceScheduledData> {
  readonly event = ConferenceScheduled;

  constructor(private readonly conferences: ConferenceRepository) {}

  async handle(e: CloudEvent<ConferenceScheduledData>, manager: EntityManager): Promise<void> {
    const d = e.data;
    await this.conferences.update(manager, d.conferenceId, (c) => applyScheduled(c, {
      title: d.title, organizer: d.organizer.name, startsAt: new Date(d.startsAt), endsAt: new Date(d.endsAt),
      venue: d.venue?.name, asOf: new Date(e.time),
    }));
  }
}
