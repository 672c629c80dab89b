import { Module } from '@nestjs/common';
import { MailQueueRepository } from './infra/mail-queue.repository';
import { SmtpTransport } from './infra/smtp.transport';
import { MailQueueController } from './mail-queue.controller';
import { MailQueueQueries } from './mail-queue.queries';
import { MailWorker } from './mail.worker';
import { OutgoingMail } from './outgoing-mail';

/** The mail queue and its delivery over SMTP; what a mail says is composed by the invitations (InvitationMailer). */
@Module({
  controllers: [MailQueueController],
  providers: [MailQueueRepository, SmtpTransport, MailWorker, OutgoingMail, MailQueueQueries],
  exports: [OutgoingMail],
})
export class MailModule {}
