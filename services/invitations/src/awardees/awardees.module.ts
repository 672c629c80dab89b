import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { AwardConferredHandler, AwardRevokedHandler } from './award.handlers';
import { AwardeeRepository } from './infra/awardee.repository';

/** awards.award-conferred / -revoked → awardees join and leave the guest list. */
export const AWARD_HANDLERS = [AwardConferredHandler, AwardRevokedHandler];

@Module({ imports: [InvitationsModule], providers: [AwardeeRepository, ...AWARD_HANDLERS] })
export class AwardeesModule {}
