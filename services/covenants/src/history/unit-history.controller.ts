import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, visibleTenants, type Actor } from '@tdkt/auth';
import { UnitHistoryQuery } from './unit-history.query';
import { UnitHistoryQueries } from './unit-history.queries';

@ApiTags('units')
@Controller('units')
// a unit's record across the cluster's years: the cluster lead's (only its own clusters' rows)
@Roles('cluster-lead', 'admin')
export class UnitHistoryController {
  constructor(private readonly queries: UnitHistoryQueries) {}

  @Get('history')
  @ApiOperation({
    summary:
      'A member unit across the years: memberships, years as head or deputy, covenants (paginated) with signature and rank',
  })
  history(@Query() q: UnitHistoryQuery, @CurrentActor() actor: Actor) {
    return this.queries.history(q.unitName, q.page, q.pageSize, visibleTenants(actor));
  }
}
