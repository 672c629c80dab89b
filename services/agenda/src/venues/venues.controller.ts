import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, tenantForNew } from '@tdkt/auth';
import { READERS, WRITERS } from '../access';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { CreateVenueCommand } from './create-venue.command';
import type { Venue } from './domain/venue';
import { CreateVenueDto } from './dto/create-venue.dto';
import { PageQuery } from '@tdkt/service-kit';
import { VenueQueries } from './venue.queries';

const view = (v: Venue) => ({
  id: v.id,
  name: v.name,
  address: v.address ?? null,
  createdAt: v.createdAt.toISOString(),
});

@ApiTags('venues')
@Controller('venues')
@Roles(...WRITERS)
@UseInterceptors(IdempotencyInterceptor)
export class VenuesController {
  constructor(
    private readonly createVenue: CreateVenueCommand,
    private readonly venues: VenueQueries,
  ) {}

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Register a venue (hội trường) with its address' })
  async create(@CurrentActor() actor: Actor, @Body() body: CreateVenueDto) {
    return view(await this.createVenue.execute({ ...body, tenant: tenantForNew(actor, body.tenant) }));
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Venues by name' })
  async list(@CurrentActor() actor: Actor, @Query() q: PageQuery) {
    const { items, total } = await this.venues.list(actor, q.page, q.pageSize);
    return { items: items.map(view), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'One venue' })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return view(await this.venues.get(actor, id));
  }
}
