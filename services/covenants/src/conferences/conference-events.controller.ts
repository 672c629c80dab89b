import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ConferenceCancelled, ConferenceRescheduled, ConferenceScheduled, type CloudEvent, type ConferenceCancelledData,
  type ConferenceRescheduledData, type ConferenceScheduledData,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { applyCancelled, applyScheduled, applyTiming } from './domain/conference';
import { ConferenceRepository } from './infra/conference.repository';

/** agenda's conference events: a covenant to be signed at a conference shows its title, time and state. */
@Controller()
export class ConferenceEventsController {
  constructor(private readonly conferences: ConferenceRepository) {}

  /** Scheduled: a covenant to be signed there can show its title and time. */
  @OnEvent(ConferenceScheduled)
  async scheduled(@Payload() e: CloudEvent<ConferenceScheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const d = e.data;
    await this.conferences.update(manager, d.conferenceId, (c) => applyScheduled(c, {
      title: d.title, organizer: d.organizer.name, startsAt: new Date(d.startsAt), endsAt: new Date(d.endsAt),
      venue: d.venue?.name, asOf: new Date(e.time),
    }));
  }

  /** Moved; it may arrive before the schedule it changes. */
  @OnEvent(ConferenceRescheduled)
  async rescheduled(@Payload() e: CloudEvent<ConferenceRescheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const d = e.data;
    await this.conferences.update(manager, d.conferenceId, (c) => applyTiming(c, {
      startsAt: new Date(d.startsAt), endsAt: new Date(d.endsAt), venue: d.venue?.name, asOf: new Date(e.time),
    }));
  }

  /** Cancelled: covenants to be signed there show it (they are not cancelled with it). */
  @OnEvent(ConferenceCancelled)
  async cancelled(@Payload() e: CloudEvent<ConferenceCancelledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.update(manager, e.data.conferenceId, (c) => applyCancelled(c, new Date(e.data.cancelledAt), e.data.reason));
  }
}
