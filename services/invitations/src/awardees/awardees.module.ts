import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { AwardEventsController } from './award-events.controller';
import { AwardeeRepository } from './infra/awardee.repository';

@Module({ imports: [InvitationsModule], controllers: [AwardEventsController], providers: [AwardeeRepository] })
export class AwardeesModule {}
