import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { NotFound } from '../common/domain/invitations.errors';
import { CreateGuestDto, SearchGuestsQuery } from './dto/guest.dto';
import { guestView } from './dto/guest.view';
import { GuestRepository } from './infra/guest.repository';
import { RegisterGuestCommand } from './register-guest.command';

@ApiTags('guests')
@Controller('guests')
export class GuestsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guests: GuestRepository,
    private readonly register: RegisterGuestCommand,
  ) {}

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Register a guest: a person with several titles, or a collective (which sends a representative)' })
  async create(@Body() body: CreateGuestDto) {
    return guestView(await this.register.execute(body));
  }

  @Get()
  @ApiOperation({ summary: 'Search guests by name, with or without diacritics (Vietnamese order)' })
  async search(@Query() q: SearchGuestsQuery) {
    const { items, total } = await this.guests.search(this.dataSource.manager, { q: q.q, page: q.page, pageSize: q.pageSize });
    return { items: items.map(guestView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const g = await this.guests.byId(this.dataSource.manager, id);
    if (!g) throw new NotFound('guest', id);
    return guestView(g);
  }
}
