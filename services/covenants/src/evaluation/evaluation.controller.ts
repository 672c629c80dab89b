import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '@tdkt/service-kit';
import { EvaluateDto, RecordResultsDto, ResultsQuery } from './dto/results.dto';
import { EvaluateCovenantCommand } from './evaluate-covenant.command';
import { EvaluationQueries } from './evaluation.queries';
import { RecordResultsCommand } from './record-results.command';

@ApiTags('evaluation')
@Controller('covenants/:id')
export class EvaluationController {
  constructor(
    private readonly recordResults: RecordResultsCommand,
    private readonly evaluate: EvaluateCovenantCommand,
    private readonly queries: EvaluationQueries,
  ) {}

  @Post('results')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Record a member's results per target (mid-year self-report or year-end); a later report of a target replaces it until the evaluation",
  })
  async results(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordResultsDto) {
    await this.recordResults.execute({ covenantId: id, ...body });
    return this.queries.results(id, body.period);
  }

  @Get('results')
  @ApiOperation({ summary: 'Results per member and target, what is missing, and the provisional ranking' })
  async readResults(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: ResultsQuery) {
    return this.queries.results(id, q.period);
  }

  @Post('evaluation')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Year-end evaluation: score, rank, name the leading unit → covenants.covenant-evaluated.v1',
  })
  async evaluateCovenant(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: EvaluateDto) {
    return this.evaluate.execute(id, body.leadingPartyId);
  }

  @Get('evaluation')
  @ApiOperation({ summary: 'The year-end evaluation, once made' })
  async readEvaluation(@Param('id', new ParseUUIDPipe()) id: string) {
    const e = await this.queries.evaluation(id);
    if (!e) {
      throw new ProblemException({
        status: 404,
        vi: { title: 'Chưa đánh giá', detail: 'Giao ước này chưa được đánh giá, xếp hạng cuối năm' },
        en: { title: 'Not evaluated', detail: 'This covenant has not been evaluated yet' },
      });
    }
    return {
      covenantId: e.covenantId,
      evaluatedAt: e.evaluatedAt.toISOString(),
      ranking: e.ranking,
      leadingUnit: { partyId: e.leadingPartyId, unitName: e.leadingUnitName },
      tieBrokenBy: e.tieBrokenBy,
    };
  }
}
