import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ConferenceCancelled, ConferenceRescheduled, ConferenceScheduled, type CloudEvent, type ConferenceCancelledData,
  type ConferenceRescheduledData, type ConferenceScheduledData,
} from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import { ConferenceRepository } from './infra/conference.repository';

/** A scheduled conference: where awards will be presented (its title names it in statistics). */
@Injectable()
export class ConferenceScheduledHandler implements EventHandler<ConferenceScheduledData> {
  readonly event = ConferenceScheduled;
  constructor(private readonly conferences: ConferenceRepository) {}

  async handle(e: CloudEvent<ConferenceScheduledData>, manager: EntityManager): Promise<void> {
    const d = e.data;
    await this.conferences.scheduled(manager, { id: d.conferenceId, title: d.title, startsAt: d.startsAt, endsAt: d.endsAt, yearReviewed: d.yearReviewed }, e.time);
  }
}

@Injectable()
export class ConferenceRescheduledHandler implements EventHandler<ConferenceRescheduledData> {
  readonly event = ConferenceRescheduled;
  constructor(private readonly conferences: ConferenceRepository) {}

  async handle(e: CloudEvent<ConferenceRescheduledData>, manager: EntityManager): Promise<void> {
    await this.conferences.rescheduled(manager, { id: e.data.conferenceId, startsAt: e.data.startsAt, endsAt: e.data.endsAt }, e.time);
  }
}

/** A cancelled conference: new decisions can no longer name it for their presentation. */
@Injectable()
export class ConferenceCancelledHandler implements EventHandler<ConferenceCancelledData> {
  readonly event = ConferenceCancelled;
  constructor(private readonly conferences: ConferenceRepository) {}

  async handle(e: CloudEvent<ConferenceCancelledData>, manager: EntityManager): Promise<void> {
    await this.conferences.cancelled(manager, { id: e.data.conferenceId, reason: e.data.reason, cancelledAt: e.data.cancelledAt });
  }
}
