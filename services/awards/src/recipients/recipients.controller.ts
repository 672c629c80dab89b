import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Put, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { NotFound } from '../common/domain/awards.errors';
import { HoldDto, RegisterRecipientDto, SearchRecipientsQuery } from './dto/recipient.dto';
import { recipientView } from './dto/recipient.view';
import { RecipientRepository } from './infra/recipient.repository';
import { RegisterRecipientCommand } from './register-recipient.command';

@ApiTags('recipients')
@Controller('recipients')
@UseInterceptors(IdempotencyInterceptor)
export class RecipientsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recipients: RecipientRepository,
    private readonly register: RegisterRecipientCommand,
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
    const { items, total } = await this.recipients.search(this.dataSource.manager, { ...q });
    return { items: items.map(recipientView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One recipient (its awards: GET /awards?recipientId=…)' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const [r] = await this.recipients.byIds(this.dataSource.manager, [id]);
    if (!r) throw new NotFound('recipient', id);
    return recipientView(r);
  }

  @Put(':id/hold')
  @ApiOperation({ summary: 'Suspend awards (under investigation or complaint): decisions naming this recipient are refused' })
  async hold(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: HoldDto) {
    return this.setHold(id, body.reason.trim().normalize('NFC'));
  }

  @Delete(':id/hold')
  @ApiOperation({ summary: 'Lift the hold' })
  async release(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.setHold(id, null);
  }

  private async setHold(id: string, reason: string | null) {
    const r = await this.dataSource.transaction((m) => this.recipients.setHold(m, id, reason));
    if (!r) throw new NotFound('recipient', id);
    return recipientView(r);
  }
}
