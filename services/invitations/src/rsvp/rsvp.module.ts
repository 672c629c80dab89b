import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { RsvpController } from './rsvp.controller';

@Module({ imports: [InvitationsModule], controllers: [RsvpController] })
export class RsvpModule {}
