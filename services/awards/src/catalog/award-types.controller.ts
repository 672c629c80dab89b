import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, tenantForNew, type Actor } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { AddAwardTypeCommand } from './add-award-type.command';
import { AwardTypeQueries } from './award-type.queries';
import { CreateAwardTypeDto } from './dto/create-award-type.dto';
import { ListAwardTypesQuery } from './dto/list-award-types.query';

@ApiTags('award types')
@Controller('award-types')
// the catalog is read by everyone who prepares, presents or reports awards
@Roles('organizer', 'secretariat', 'cluster-lead', 'press-officer', 'press-lead', 'admin')
@UseInterceptors(IdempotencyInterceptor)
export class AwardTypesController {
  constructor(
    private readonly queries: AwardTypeQueries,
    private readonly add: AddAwardTypeCommand,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The award catalog (dated), highest rank first' })
  async list(@Query() q: ListAwardTypesQuery) {
    const { items, total } = await this.queries.list({ ...q });
    return { items, page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':code')
  @ApiOperation({ summary: 'Every version of one award type, oldest first' })
  async versions(@Param('code') code: string) {
    const versions = await this.queries.versions(code);
    return { code: versions[0]!.code, versions };
  }

  @Post()
  @Roles('secretariat', 'admin')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: "Add an organization's own award type (e.g. a provincial badge), or a new version of it" })
  create(@Body() body: CreateAwardTypeDto, @CurrentActor() actor: Actor) {
    return this.add.execute({ ...body, tenant: tenantForNew(actor, body.tenant) });
  }
}
