import { Module } from '@nestjs/common';
import { CovenantQueries } from './covenant.queries';
import { CovenantsController } from './covenants.controller';
import { CreateCovenantCommand } from './create-covenant.command';
import { CovenantRepository } from './infra/covenant.repository';
import { RecordSignatureCommand } from './record-signature.command';

@Module({
  controllers: [CovenantsController],
  providers: [CovenantRepository, CreateCovenantCommand, RecordSignatureCommand, CovenantQueries],
})
export class CovenantsModule {}
