import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailQueueRepository, type QueuedMail } from './infra/mail-queue.repository';

/** A rendered mail to send: addressee, text, HTML, ICS, inline images, and the event its delivery publishes. */
export type NewMail = Omit<QueuedMail, 'attempts'>;

/**
 * What the other features see of the mail: a rendered mail queued in the caller's transaction
 * (so a state change and its mail commit together), delivered by the worker once committed.
 */
@Injectable()
export class OutgoingMail {
  constructor(private readonly queue: MailQueueRepository) {}

  enqueue(manager: EntityManager, mail: NewMail): Promise<void> {
    return this.queue.enqueue(manager, mail);
  }
}
