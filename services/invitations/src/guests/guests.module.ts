import { Module } from '@nestjs/common';
import { GuestDirectory } from './guest-directory';
import { GuestQueries } from './guest.queries';
import { GuestsController } from './guests.controller';
import { GuestRepository } from './infra/guest.repository';
import { PrecedenceRepository } from './infra/precedence.repository';
import { OrganizationSettingsCommands } from './organization-settings.commands';
import { OrganizationOwnership } from './organization-ownership';
import { OrganizationQueries } from './organization.queries';
import { OrganizationsController } from './organizations.controller';
import { RegisterGuestCommand } from './register-guest.command';

@Module({
  controllers: [GuestsController, OrganizationsController],
  providers: [
    GuestRepository,
    PrecedenceRepository,
    RegisterGuestCommand,
    GuestDirectory,
    GuestQueries,
    OrganizationQueries,
    OrganizationOwnership,
    OrganizationSettingsCommands,
  ],
  exports: [GuestDirectory],
})
export class GuestsModule {}
