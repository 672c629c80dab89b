import { Module } from '@nestjs/common';
import { ClustersModule } from '../clusters/clusters.module';
import { ConferencesModule } from '../conferences/conferences.module';
import { AmendCovenantCommand } from './amend-covenant.command';
import { CancelCovenantCommand } from './cancel-covenant.command';
import { CovenantQueries } from './covenant.queries';
import { CovenantsController } from './covenants.controller';
import { CreateCovenantCommand } from './create-covenant.command';
import { DraftingController } from './drafting.controller';
import { ImportTargetsCommand } from './import-targets.command';
import { CovenantRepository } from './infra/covenant.repository';
import { RecordSignatureCommand } from './record-signature.command';
import { ReplaceTargetsCommand } from './replace-targets.command';
import { SignaturesController } from './signatures.controller';
import { UpdatePartiesCommand } from './update-parties.command';
import { WithdrawSignatureCommand } from './withdraw-signature.command';

@Module({
  imports: [ClustersModule, ConferencesModule],
  controllers: [CovenantsController, SignaturesController, DraftingController],
  providers: [
    CovenantRepository,
    CovenantQueries,
    CreateCovenantCommand,
    RecordSignatureCommand,
    WithdrawSignatureCommand,
    UpdatePartiesCommand,
    ReplaceTargetsCommand,
    ImportTargetsCommand,
    CancelCovenantCommand,
    AmendCovenantCommand,
  ],
  exports: [CovenantRepository, CovenantQueries],
})
export class CovenantsModule {}
