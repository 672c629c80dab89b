import { CurrentActor, Roles, visibleTenants, type Actor } from '@tdkt/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '@tdkt/service-kit';
import { EvaluateDto, RecordResultsDto, ResultsQuery } from './dto/results.dto';
import { EvaluateCovenantCommand } from './evaluate-covenant.command';
import { EvaluationQueries } from './evaluation.queries';
import { RecordResultsCommand } from './record-results.command';

@ApiTags('evaluation')
@Controller('covenants/:id')
@Roles('cluster-lead', 'admin')
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
  async results(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordResultsDto,
    @CurrentActor() actor: Actor,
  ) {
    const visible = visibleTenants(actor);
    await this.recordResults.execute({ covenantId: id, ...body }, { id: actor.id, name: actor.name }, visible);
    return this.queries.results(id, body.period, visible);
  }

  @Get('results')
  @ApiOperation({ summary: 'Results per member and target, what is missing, and the provisional ranking' })
  async readResults(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: ResultsQuery,
    @CurrentActor() actor: Actor,
  ) {
    return this.queries.results(id, q.period, visibleTenants(actor));
  }

  @Post('evaluation')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Year-end evaluation: score, rank, name the leading unit → covenants.covenant-evaluated.v1',
  })
  async evaluateCovenant(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: EvaluateDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.evaluate.execute(id, { id: actor.id, name: actor.name }, visibleTenants(actor), body.leadingPartyId);
  }

  // the organizer announces the year-end ranking and the leading unit at the summary conference
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get('evaluation')
  @ApiOperation({ summary: 'The year-end evaluation, once made' })
  async readEvaluation(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const e = await this.queries.evaluation(id, visibleTenants(actor));
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
      evaluatedBy: e.evaluatedById ? { id: e.evaluatedById, name: e.evaluatedByName } : null,
    };
  }
}
