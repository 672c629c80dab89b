import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { DataSource } from 'typeorm';
import { newVenue, type Venue } from './domain/venue';
import { CreateVenueDto } from './dto/create-venue.dto';
import { PageQuery } from '@tdkt/service-kit';
import { VenueRepository } from './infra/venue.repository';

const view = (v: Venue) => ({ id: v.id, name: v.name, address: v.address ?? null, createdAt: v.createdAt.toISOString() });

@ApiTags('venues')
@Controller('venues')
@UseInterceptors(IdempotencyInterceptor)
export class VenuesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly venues: VenueRepository,
  ) {}

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Register a venue (hội trường) with its address' })
  async create(@Body() body: CreateVenueDto) {
    const venue = newVenue(body);
    await this.dataSource.transaction((m) => this.venues.insert(m, venue));
    return view(venue);
  }

  @Get()
  @ApiOperation({ summary: 'Venues by name' })
  async list(@Query() q: PageQuery) {
    const { items, total } = await this.venues.list(this.dataSource.manager, q.page, q.pageSize);
    return { items: items.map(view), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One venue' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return view(await this.venues.get(this.dataSource.manager, id));
  }
}
