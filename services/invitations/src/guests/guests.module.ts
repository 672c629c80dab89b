import { Module } from '@nestjs/common';
import { GuestDirectory } from './guest-directory';
import { GuestsController } from './guests.controller';
import { GuestRepository } from './infra/guest.repository';
import { PrecedenceRepository } from './infra/precedence.repository';
import { OrganizationsController } from './organizations.controller';
import { RegisterGuestCommand } from './register-guest.command';

@Module({
  controllers: [GuestsController, OrganizationsController],
  providers: [GuestRepository, PrecedenceRepository, RegisterGuestCommand, GuestDirectory],
  exports: [GuestDirectory],
})
export class GuestsModule {}
