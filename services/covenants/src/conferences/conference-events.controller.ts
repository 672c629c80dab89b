import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ConferenceCancelled,
  ConferenceRescheduled,
  ConferenceScheduled,
  type CloudEvent,
  type ConferenceCancelledData,
  type ConferenceRescheduledData,
  type ConferenceScheduledData,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { ConferenceRepository } from './infra/conference.repository';

/** agenda's conference events: a covenant to be signed at a conference shows its title, time and state. */
@Controller()
export class ConferenceEventsController {
  constructor(private readonly conferences: ConferenceRepository) {}

  /** Scheduled: a covenant to be signed there can show its title and time. */
  @OnEvent(ConferenceScheduled)
  async scheduled(@Payload() e: CloudEvent<ConferenceScheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.apply(manager, e);
  }

  /** Moved; it may arrive before the schedule it changes. */
  @OnEvent(ConferenceRescheduled)
  async rescheduled(
    @Payload() e: CloudEvent<ConferenceRescheduledData>,
    @Ctx() { manager }: InboxContext,
  ): Promise<void> {
    await this.conferences.apply(manager, e);
  }

  /** Cancelled: covenants to be signed there show it (they are not cancelled with it). */
  @OnEvent(ConferenceCancelled)
  async cancelled(@Payload() e: CloudEvent<ConferenceCancelledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.apply(manager, e);
  }
}
