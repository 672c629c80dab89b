import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@tdkt/contracts';
import { platformImports, type ServiceKitOptions } from '@tdkt/service-kit';
import type { PressConfig } from './config/press.config';
import { DraftsModule, PRESS_HANDLERS } from './drafts/drafts.module';
import { DRAFT_RECORDS } from './drafts/infra/draft.records';
import { Drafts1700000000200 } from './migrations/1700000000200-drafts';

@Module({})
export class AppModule {
  static register(config: PressConfig, kit: ServiceKitOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...platformImports({
          name: 'press', config, kit, entities: DRAFT_RECORDS, migrations: [Drafts1700000000200], topics: [TOPICS.draft],
          handlers: PRESS_HANDLERS,
        }),
        DraftsModule,
      ],
    };
  }
}
