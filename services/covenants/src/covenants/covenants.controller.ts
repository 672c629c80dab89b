import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdempotencyInterceptor } from '@tdkt/service-kit';
import { CovenantQueries } from './covenant.queries';
import { CreateCovenantCommand } from './create-covenant.command';
import { CreateCovenantDto } from './dto/create-covenant.dto';
import { covenantView } from './dto/covenant.view';
import { ListCovenantsQuery } from './dto/list-covenants.query';
import { RecordSignatureDto } from './dto/record-signature.dto';
import { RecordSignatureCommand } from './record-signature.command';

const idempotencyKey = {
  name: 'Idempotency-Key',
  required: false,
  description: 'a retry with the same key and body returns the first answer instead of creating again',
};

@ApiTags('covenants')
@Controller('covenants')
@UseInterceptors(IdempotencyInterceptor)
export class CovenantsController {
  constructor(
    private readonly create: CreateCovenantCommand,
    private readonly recordSignature: RecordSignatureCommand,
    private readonly queries: CovenantQueries,
  ) {}

  @Post()
  @ApiHeader(idempotencyKey)
  @ApiOperation({ summary: 'Draft a covenant (giao ước thi đua) with its parties and targets' })
  async draft(@Body() body: CreateCovenantDto) {
    return covenantView(await this.create.execute(body));
  }

  @Get()
  @ApiOperation({ summary: 'List covenants by year and status, newest first' })
  async list(@Query() q: ListCovenantsQuery) {
    const { items, total } = await this.queries.list({ year: q.year, status: q.status, page: q.page, pageSize: q.pageSize });
    return {
      items: items.map((c) => ({
        id: c.id, title: c.title, clusterName: c.clusterName, year: c.year, status: c.status,
        fullySignedAt: c.fullySignedAt?.toISOString() ?? null,
      })),
      page: q.page, pageSize: q.pageSize, total,
    };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A covenant with its signing progress' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return covenantView(await this.queries.get(id));
  }

  @Post(':id/signatures')
  @HttpCode(201)
  @ApiHeader(idempotencyKey)
  @ApiOperation({ summary: "Record a party's signature; the last one makes the covenant fully signed" })
  async sign(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RecordSignatureDto) {
    const { covenant, completed } = await this.recordSignature.execute({
      covenantId: id,
      partyId: body.partyId,
      signatory: body.signatory,
      signedAt: body.signedAt ? new Date(body.signedAt) : undefined,
      place: body.place,
    });
    return { completed, covenant: covenantView(covenant) };
  }
}
