import { Module } from '@nestjs/common';
import { ReminderRepository } from './infra/reminder.repository';
import { ReminderSchedule } from './reminder-schedule';

/**
 * The reminder rows and their plan. The scheduler that sends them lives with the invitation mails
 * it queues (invitations/reminder.scheduler.ts).
 */
@Module({ providers: [ReminderRepository, ReminderSchedule], exports: [ReminderSchedule] })
export class RemindersModule {}
