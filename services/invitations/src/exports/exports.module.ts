import { Module } from '@nestjs/common';
import { CheckInModule } from '../check-in/check-in.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { ExportsController } from './exports.controller';

@Module({ imports: [InvitationsModule, CheckInModule], controllers: [ExportsController] })
export class ExportsModule {}
