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

/** agenda's conference events: where awards will be presented. */
@Controller()
export class ConferenceEventsController {
  constructor(private readonly conferences: ConferenceRepository) {}

  /** Scheduled: its title names it in statistics. */
  @OnEvent(ConferenceScheduled)
  async scheduled(@Payload() e: CloudEvent<ConferenceScheduledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.apply(manager, e);
  }

  @OnEvent(ConferenceRescheduled)
  async rescheduled(
    @Payload() e: CloudEvent<ConferenceRescheduledData>,
    @Ctx() { manager }: InboxContext,
  ): Promise<void> {
    await this.conferences.apply(manager, e);
  }

  /** Cancelled: new decisions can no longer name it for their presentation. */
  @OnEvent(ConferenceCancelled)
  async cancelled(@Payload() e: CloudEvent<ConferenceCancelledData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.conferences.apply(manager, e);
  }
}
