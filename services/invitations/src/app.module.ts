import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import { AwardeesModule } from './awardees/awardees.module';
import { CheckInModule } from './check-in/check-in.module';
import type { Clock } from './common/domain/clock';
import { SettingsModule } from './common/settings.module';
import type { InvitationsConfig } from './config/invitations.config';
import { ExportsModule } from './exports/exports.module';
import { GuestsModule } from './guests/guests.module';
import { InvitationsModule } from './invitations/invitations.module';
import { Invitations1700000000400 } from './migrations/1700000000400-invitations';
import { DefaultPrecedence1700000000401 } from './migrations/1700000000401-default-precedence';
import { ConferenceReplica1700000000410 } from './migrations/1700000000410-conference-replica';
import { OrganizationOwners1700000000430 } from './migrations/1700000000430-organization-owners';
import { InvitationsTenancy1700000000420 } from './migrations/1700000000420-tenancy';
import { RemindersModule } from './reminders/reminders.module';
import { RsvpModule } from './rsvp/rsvp.module';

@Module({})
export class AppModule {
  static register(config: InvitationsConfig, kit: ServiceKitOptions, clock: Clock): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SettingsModule.register(config, clock),
        ...platformImports({
          name: 'invitations',
          config,
          kit,
          entities: [],
          migrations: [
            Invitations1700000000400,
            DefaultPrecedence1700000000401,
            ConferenceReplica1700000000410,
            InvitationsTenancy1700000000420,
            OrganizationOwners1700000000430,
          ],
          topics: [TOPICS.invitation],
        }),
        GuestsModule,
        InvitationsModule,
        RsvpModule,
        RemindersModule,
        AwardeesModule,
        CheckInModule,
        ExportsModule,
      ],
    };
  }
}
