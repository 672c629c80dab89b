import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from './config/press.config';
import { DraftsModule } from './drafts/drafts.module';
import { DRAFT_RECORDS } from './drafts/infra/draft.records';
import { Drafts1700000000200 } from './migrations/1700000000200-drafts';
import { Newsroom1700000000201 } from './migrations/1700000000201-newsroom';
import { Delivery1700000000202 } from './migrations/1700000000202-delivery';
import { WebhookClaims1700000000203 } from './migrations/1700000000203-webhook-claims';
import { StaleSubjects1700000000204 } from './migrations/1700000000204-stale-subjects';
import { RebuildModule } from './rebuild/rebuild.module';
import { ConferenceReplica1700000000210 } from './migrations/1700000000210-conference-replica';
import { Tenancy1700000000220 } from './migrations/1700000000220-tenancy';
import { CeremonyFacts1700000000230 } from './migrations/1700000000230-ceremony-facts';
import { ClusterFacts1700000000240 } from './migrations/1700000000240-cluster-facts';
import { CoverageModule } from './coverage/coverage.module';

@Module({})
export class AppModule {
  static register(config: PressConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: PRESS_CONFIG, useValue: config }],
      exports: [PRESS_CONFIG],
      imports: [
        ...platformImports({
          name: 'press',
          config,
          kit,
          entities: DRAFT_RECORDS,
          migrations: [
            Drafts1700000000200,
            Newsroom1700000000201,
            Delivery1700000000202,
            WebhookClaims1700000000203,
            StaleSubjects1700000000204,
            ConferenceReplica1700000000210,
            Tenancy1700000000220,
            CeremonyFacts1700000000230,
            ClusterFacts1700000000240,
          ],
          topics: [TOPICS.draft],
        }),
        CoverageModule,
        DraftsModule,
        RebuildModule,
      ],
    };
  }
}
