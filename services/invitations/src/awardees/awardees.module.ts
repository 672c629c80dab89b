import { Module } from '@nestjs/common';
import { GuestsModule } from '../guests/guests.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { AwardEventsController } from './award-events.controller';
import { AwardeeRepository } from './infra/awardee.repository';

@Module({
  imports: [InvitationsModule, GuestsModule],
  controllers: [AwardEventsController],
  providers: [AwardeeRepository],
})
export class AwardeesModule {}
