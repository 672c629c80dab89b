import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import { CatalogModule } from './catalog/catalog.module';
import type { AwardsConfig } from './config/awards.config';
import { ConferencesModule } from './conferences/conferences.module';
import { DecisionsModule } from './decisions/decisions.module';
import { Awards1700000000300 } from './migrations/1700000000300-awards';
import { Law2022Catalog1700000000301 } from './migrations/1700000000301-law-2022-catalog';
import { ConferenceReplica1700000000310 } from './migrations/1700000000310-conference-replica';
import { Tenancy1700000000320 } from './migrations/1700000000320-tenancy';
import { ProposalsModule } from './proposals/proposals.module';
import { RecipientsModule } from './recipients/recipients.module';

@Module({})
export class AppModule {
  static register(config: AwardsConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformImports({
          name: 'awards',
          config,
          kit,
          entities: [],
          migrations: [
            Awards1700000000300,
            Law2022Catalog1700000000301,
            ConferenceReplica1700000000310,
            Tenancy1700000000320,
          ],
          topics: [TOPICS.award],
        }),
        CatalogModule,
        RecipientsModule,
        ConferencesModule,
        DecisionsModule,
        ProposalsModule,
      ],
    };
  }
}
