import { Module } from '@nestjs/common';
import { MailQueueRepository } from './infra/mail-queue.repository';
import { SmtpTransport } from './infra/smtp.transport';
import { InvitationMailer } from './invitation-mailer';
import { MailQueueController } from './mail-queue.controller';
import { MailWorker } from './mail.worker';

@Module({
  controllers: [MailQueueController],
  providers: [MailQueueRepository, SmtpTransport, InvitationMailer, MailWorker],
  exports: [InvitationMailer, MailQueueRepository, MailWorker],
})
export class MailModule {}
