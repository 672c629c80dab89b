import { Module } from '@nestjs/common';
import { DraftsModule } from '../drafts/drafts.module';
import { ReadModelModule } from '../read-model/read-model.module';
import { ReadModelRebuild } from './read-model-rebuild';
import { RebuildController } from './rebuild.controller';

/** A fresh read model from the topics, and every draft regenerated from it (HTTP and rebuild.cli.ts). */
@Module({
  imports: [ReadModelModule, DraftsModule],
  controllers: [RebuildController],
  providers: [ReadModelRebuild],
})
export class RebuildModule {}
