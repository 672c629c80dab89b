import { Module } from '@nestjs/common';
import { ConferencesModule } from '../conferences/conferences.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { RsvpController } from './rsvp.controller';

@Module({ imports: [InvitationsModule, ConferencesModule], controllers: [RsvpController] })
export class RsvpModule {}
