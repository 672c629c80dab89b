import { Injectable } from '@nestjs/common';
import {
  ConferenceCancelled,
  ConferenceConcluded,
  ConferenceRescheduled,
  ConferenceScheduled,
  ConferenceStarted,
} from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { VenueRepository } from '../venues/infra/venue.repository';
import {
  conferenceCancelledData,
  conferenceRescheduledData,
  conferenceScheduledData,
  milestoneData,
} from './conference.events';
import { ConferenceTransaction } from './conference.transaction';
import type { Conference } from './domain/conference';

export interface RescheduleInput {
  startsAt: Date;
  endsAt: Date;
  reason: string;
  venueId?: string;
}

/** draft → scheduled → in progress → concluded, or cancelled; each step announced with its event. */
@Injectable()
export class ConferenceLifecycleCommand {
  constructor(
    private readonly tx: ConferenceTransaction,
    private readonly venues: VenueRepository,
    private readonly outbox: Outbox,
  ) {}

  async schedule(id: string): Promise<Conference> {
    const { conference } = await this.tx.run(id, { venue: true, presenters: true }, async (c, manager) => {
      c.schedule();
      await this.outbox.add(manager, ConferenceScheduled, { subject: c.id, data: conferenceScheduledData(c) });
    });
    return conference;
  }

  async reschedule(id: string, input: RescheduleInput): Promise<Conference> {
    const { conference } = await this.tx.run(id, { venue: true, presenters: true }, async (c, manager) => {
      const venue = input.venueId ? await this.venues.reference(manager, input.venueId) : undefined;
      const reason = input.reason.normalize('NFC').trim();
      const previous = c.reschedule({ startsAt: input.startsAt, endsAt: input.endsAt, reason, venue });
      await this.outbox.add(manager, ConferenceRescheduled, {
        subject: c.id,
        data: conferenceRescheduledData(c, previous, reason),
      });
    });
    return conference;
  }

  async cancel(id: string, reason: string): Promise<Conference> {
    const { conference } = await this.tx.run(id, {}, async (c, manager) => {
      c.cancel(reason);
      await this.outbox.add(manager, ConferenceCancelled, { subject: c.id, data: conferenceCancelledData(c) });
    });
    return conference;
  }

  async start(id: string, at = new Date()): Promise<Conference> {
    const { conference } = await this.tx.run(id, {}, async (c, manager) => {
      c.start(at);
      await this.outbox.add(manager, ConferenceStarted, { subject: c.id, data: milestoneData(c, at) });
    });
    return conference;
  }

  async conclude(id: string, at = new Date()): Promise<Conference> {
    const { conference } = await this.tx.run(id, {}, async (c, manager) => {
      c.conclude(at);
      await this.outbox.add(manager, ConferenceConcluded, { subject: c.id, data: milestoneData(c, at) });
    });
    return conference;
  }
}
