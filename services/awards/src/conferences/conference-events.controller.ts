import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  ConferenceCancelled, ConferenceRescheduled, ConferenceScheduled, type CloudEvent, type ConferenceCancelledData,
  type ConferenceRescheduledData, type ConferenceScheduledData,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { ConferenceRepository } from './infra/conference.repository';

/** agenda's conference events: where awards will be presented. */
@Controller()
export class ConferenceEventsController {
  constructor(private readonly conferences: ConferenceRepository) {}

  /** Scheduled: its title names it in statistics. */
  @OnEvent(ConferenceScheduled)
  async scheduled(@Payload() e: CloudEvent<ConferenceScheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    const d = e.data;
    await this.conferences.scheduled(manager, { id: d.conferenceId, title: d.title, startsAt: d.startsAt, endsAt: d.endsAt, yearReviewed: d.yearReviewed }, e.time);
  }

  @OnEvent(ConferenceRescheduled)
  async rescheduled(@Payload() e: CloudEvent<ConferenceRescheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.rescheduled(manager, { id: e.data.conferenceId, startsAt: e.data.startsAt, endsAt: e.data.endsAt }, e.time);
  }

  /** Cancelled: new decisions can no longer name it for their presentation. */
  @OnEvent(ConferenceCancelled)
  async cancelled(@Payload() e: CloudEvent<ConferenceCancelledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.cancelled(manager, { id: e.data.conferenceId, reason: e.data.reason, cancelledAt: e.data.cancelledAt });
  }
}
