import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import { ClustersModule } from './clusters/clusters.module';
import { CLUSTER_RECORDS } from './clusters/infra/cluster.records';
import type { CovenantsConfig } from './config/covenants.config';
import { ConferencesModule } from './conferences/conferences.module';
import { ConferenceRecord } from './conferences/infra/conference.records';
import { CovenantsModule } from './covenants/covenants.module';
import { COVENANT_RECORDS } from './covenants/infra/covenant.records';
import { EvaluationModule } from './evaluation/evaluation.module';
import { EVALUATION_RECORDS } from './evaluation/infra/evaluation.records';
import { HistoryModule } from './history/history.module';
import { Covenants1700000000100 } from './migrations/1700000000100-covenants';
import { Clusters1700000000110 } from './migrations/1700000000110-clusters';
import { CovenantLifecycle1700000000120 } from './migrations/1700000000120-covenant-lifecycle';
import { Evaluation1700000000130 } from './migrations/1700000000130-evaluation';
import { Conferences1700000000140 } from './migrations/1700000000140-conferences';
import { ConferenceReplica1700000000150 } from './migrations/1700000000150-conference-replica';
import { ConferenceTenant1700000000161, Tenancy1700000000160 } from './migrations/1700000000160-tenancy';

@Module({})
export class AppModule {
  static register(config: CovenantsConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformImports({
          name: 'covenants',
          config,
          kit,
          entities: [...COVENANT_RECORDS, ...CLUSTER_RECORDS, ...EVALUATION_RECORDS, ConferenceRecord],
          migrations: [
            Covenants1700000000100,
            Clusters1700000000110,
            CovenantLifecycle1700000000120,
            Evaluation1700000000130,
            Conferences1700000000140,
            ConferenceReplica1700000000150,
            Tenancy1700000000160,
            ConferenceTenant1700000000161,
          ],
          topics: [TOPICS.covenant],
        }),
        ClustersModule,
        ConferencesModule,
        CovenantsModule,
        EvaluationModule,
        HistoryModule,
      ],
    };
  }
}
