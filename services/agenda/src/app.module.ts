import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import type { AgendaConfig } from './config/agenda.config';
import { ConferencesModule } from './conferences/conferences.module';
import { CONFERENCE_RECORDS } from './conferences/infra/conference.records';
import { ExportsModule } from './exports/exports.module';
import { Agenda1700000000300 } from './migrations/1700000000300-agenda';
import { AgendaTenancy1700000000310 } from './migrations/1700000000310-tenancy';
import { AgendaCeremonyFacts1700000000320 } from './migrations/1700000000320-ceremony-facts';
import { VenueRecord } from './venues/infra/venue.records';
import { VenuesModule } from './venues/venues.module';

@Module({})
export class AppModule {
  static register(config: AgendaConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformImports({
          name: 'agenda',
          config,
          kit,
          entities: [...CONFERENCE_RECORDS, VenueRecord],
          migrations: [Agenda1700000000300, AgendaTenancy1700000000310, AgendaCeremonyFacts1700000000320],
          topics: [TOPICS.conference],
        }),
        VenuesModule,
        ConferencesModule,
        ExportsModule,
      ],
    };
  }
}
