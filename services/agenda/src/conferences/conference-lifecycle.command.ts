import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
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

  async schedule(actor: Actor, id: string): Promise<Conference> {
    const { conference } = await this.tx.run(actor, id, { venue: true, presenters: true }, async (c, manager) => {
      c.schedule();
      await this.outbox.add(manager, ConferenceScheduled, {
        subject: c.id,
        tenant: c.tenant,
        data: conferenceScheduledData(c),
      });
    });
    return conference;
  }

  async reschedule(actor: Actor, id: string, input: RescheduleInput): Promise<Conference> {
    const { conference } = await this.tx.run(actor, id, { venue: true, presenters: true }, async (c, manager) => {
      const venue = input.venueId ? await this.venues.reference(manager, input.venueId, actor) : undefined;
      const reason = input.reason.normalize('NFC').trim();
      const previous = c.reschedule({ startsAt: input.startsAt, endsAt: input.endsAt, reason, venue });
      await this.outbox.add(manager, ConferenceRescheduled, {
        subject: c.id,
        data: conferenceRescheduledData(c, previous, reason),
      });
    });
    return conference;
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<Conference> {
    const { conference } = await this.tx.run(actor, id, {}, async (c, manager) => {
      c.cancel(reason);
      await this.outbox.add(manager, ConferenceCancelled, {
        subject: c.id,
        tenant: c.tenant,
        data: conferenceCancelledData(c),
      });
    });
    return conference;
  }

  async start(actor: Actor, id: string, at = new Date()): Promise<Conference> {
    const { conference } = await this.tx.run(actor, id, {}, async (c, manager) => {
      c.start(at);
      await this.outbox.add(manager, ConferenceStarted, {
        subject: c.id,
        tenant: c.tenant,
        data: milestoneData(c, at),
      });
    });
    return conference;
  }

  async conclude(actor: Actor, id: string, at = new Date()): Promise<Conference> {
    const { conference } = await this.tx.run(actor, id, {}, async (c, manager) => {
      c.conclude(at);
      await this.outbox.add(manager, ConferenceConcluded, {
        subject: c.id,
        tenant: c.tenant,
        data: milestoneData(c, at),
      });
    });
    return conference;
  }
}
