import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { AddAwardTypeCommand } from './add-award-type.command';
import { AwardTypeQueries } from './award-type.queries';
import { CreateAwardTypeDto } from './dto/create-award-type.dto';
import { ListAwardTypesQuery } from './dto/list-award-types.query';

@ApiTags('award types')
@Controller('award-types')
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
  @ApiIdempotencyKey()
  @ApiOperation({ summary: "Add an organization's own award type (e.g. a provincial badge), or a new version of it" })
  create(@Body() body: CreateAwardTypeDto) {
    return this.add.execute(body);
  }
}
