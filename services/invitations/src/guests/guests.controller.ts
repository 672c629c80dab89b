import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles, tenantForNew } from '@tdkt/auth';
import { READERS, WRITERS } from '../access';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { CreateGuestDto, SearchGuestsQuery } from './dto/guest.dto';
import { guestView } from './dto/guest.view';
import { GuestQueries } from './guest.queries';
import { RegisterGuestCommand } from './register-guest.command';

@ApiTags('guests')
@Controller('guests')
@Roles(...WRITERS)
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
  async create(@CurrentActor() actor: Actor, @Body() body: CreateGuestDto) {
    return guestView(await this.register.execute(body, tenantForNew(actor, body.tenant), actor));
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: "Search the organization's guests by name, with or without diacritics (Vietnamese order)" })
  async search(@CurrentActor() actor: Actor, @Query() q: SearchGuestsQuery) {
    const { items, total } = await this.queries.search(actor, { q: q.q, page: q.page, pageSize: q.pageSize });
    return { items: items.map(guestView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @Roles(...READERS)
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return guestView(await this.queries.get(actor, id));
  }
}
