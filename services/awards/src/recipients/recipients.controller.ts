import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { HoldDto, RegisterRecipientDto, SearchRecipientsQuery } from './dto/recipient.dto';
import { recipientView } from './dto/recipient.view';
import { HoldRecipientCommand } from './hold-recipient.command';
import { RecipientQueries } from './recipient.queries';
import { RegisterRecipientCommand } from './register-recipient.command';

@ApiTags('recipients')
@Controller('recipients')
@UseInterceptors(IdempotencyInterceptor)
/**
 * Recipients are one registry of people, collectives and households, not a tenant's: the same
 * person is awarded by several authorities and the eligibility rules read their whole history.
 * Their awards (GET /awards?recipientId=…) are filtered by tenant.
 */
@Roles('secretariat', 'admin')
export class RecipientsController {
  constructor(
    private readonly queries: RecipientQueries,
    private readonly register: RegisterRecipientCommand,
    private readonly holds: HoldRecipientCommand,
  ) {}

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Register a person, collective or household (decisions also register the ones they meet)' })
  async create(@Body() body: RegisterRecipientDto) {
    return recipientView(await this.register.execute(body));
  }

  @Get()
  @ApiOperation({ summary: 'Search recipients by name or unit, with or without diacritics (Vietnamese order)' })
  async search(@Query() q: SearchRecipientsQuery) {
    const { items, total } = await this.queries.search({ ...q });
    return { items: items.map(recipientView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One recipient (its awards: GET /awards?recipientId=…)' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return recipientView(await this.queries.get(id));
  }

  @Put(':id/hold')
  @ApiOperation({
    summary: 'Suspend awards (under investigation or complaint): decisions naming this recipient are refused',
  })
  async hold(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: HoldDto) {
    return recipientView(await this.holds.hold(id, body.reason));
  }

  @Delete(':id/hold')
  @ApiOperation({ summary: 'Lift the hold' })
  async release(@Param('id', new ParseUUIDPipe()) id: string) {
    return recipientView(await this.holds.release(id));
  }
}
