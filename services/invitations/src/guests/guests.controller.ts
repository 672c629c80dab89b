import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { CreateGuestDto, SearchGuestsQuery } from './dto/guest.dto';
import { guestView } from './dto/guest.view';
import { GuestQueries } from './guest.queries';
import { RegisterGuestCommand } from './register-guest.command';

@ApiTags('guests')
@Controller('guests')
export class GuestsController {
  constructor(
    private readonly queries: GuestQueries,
    private readonly register: RegisterGuestCommand,
  ) {}

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Register a guest: a person with several titles, or a collective (which sends a representative)',
  })
  async create(@Body() body: CreateGuestDto) {
    return guestView(await this.register.execute(body));
  }

  @Get()
  @ApiOperation({ summary: 'Search guests by name, with or without diacritics (Vietnamese order)' })
  async search(@Query() q: SearchGuestsQuery) {
    const { items, total } = await this.queries.search({ q: q.q, page: q.page, pageSize: q.pageSize });
    return { items: items.map(guestView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return guestView(await this.queries.get(id));
  }
}
