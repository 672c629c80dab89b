import { Module } from '@nestjs/common';
import { CovenantsModule } from '../covenants/covenants.module';
import { EvaluateCovenantCommand } from './evaluate-covenant.command';
import { EvaluationController } from './evaluation.controller';
import { EvaluationQueries } from './evaluation.queries';
import { ResultRepository } from './infra/result.repository';
import { RecordResultsCommand } from './record-results.command';

@Module({
  imports: [CovenantsModule],
  controllers: [EvaluationController],
  providers: [ResultRepository, RecordResultsCommand, EvaluateCovenantCommand, EvaluationQueries],
})
export class EvaluationModule {}
