import { Module } from '@nestjs/common';
import { GuestsController } from './guests.controller';
import { GuestRepository } from './infra/guest.repository';
import { PrecedenceRepository } from './infra/precedence.repository';
import { OrganizationsController } from './organizations.controller';
import { RegisterGuestCommand } from './register-guest.command';

@Module({
  controllers: [GuestsController, OrganizationsController],
  providers: [GuestRepository, PrecedenceRepository, RegisterGuestCommand],
  exports: [GuestRepository, PrecedenceRepository],
})
export class GuestsModule {}
