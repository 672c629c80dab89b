import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UnitHistoryQuery } from './unit-history.query';
import { UnitHistoryQueries } from './unit-history.queries';

@ApiTags('units')
@Controller('units')
export class UnitHistoryController {
  constructor(private readonly queries: UnitHistoryQueries) {}

  @Get('history')
  @ApiOperation({
    summary:
      'A member unit across the years: memberships, years as head or deputy, covenants (paginated) with signature and rank',
  })
  history(@Query() q: UnitHistoryQuery) {
    return this.queries.history(q.unitName, q.page, q.pageSize);
  }
}
