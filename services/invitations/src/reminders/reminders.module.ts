import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { ReminderScheduler } from './reminder.scheduler';

@Module({ imports: [InvitationsModule], providers: [ReminderScheduler], exports: [ReminderScheduler] })
export class RemindersModule {}
