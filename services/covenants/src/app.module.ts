import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import type { CovenantsConfig } from './config/covenants.config';
import { CovenantsModule } from './covenants/covenants.module';
import { COVENANT_RECORDS } from './covenants/infra/covenant.records';
import { Covenants1700000000100 } from './migrations/1700000000100-covenants';

@Module({})
export class AppModule {
  static register(config: CovenantsConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformImports({
          name: 'covenants', config, kit, entities: COVENANT_RECORDS, migrations: [Covenants1700000000100], topics: [TOPICS.covenant],
        }),
        CovenantsModule,
      ],
    };
  }
}
