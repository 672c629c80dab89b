import { CurrentActor, Roles, visibleTenants, type Actor } from '@tdkt/auth';
import {
  Body,
  Controller,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor, ProblemException } from '@tdkt/service-kit';
import { formatOfMediaType, MEDIA_TYPES } from '@tdkt/spreadsheets';
import { readRawBody } from '../common/http/raw-body';
import { AmendCovenantCommand } from './amend-covenant.command';
import { CancelCovenantCommand } from './cancel-covenant.command';
import { CovenantQueries } from './covenant.queries';
import { AmendCovenantDto, ReasonDto, ReplaceTargetsDto, UpdatePartiesDto } from './dto/create-covenant.dto';
import { covenantView } from './dto/covenant.view';
import { ImportTargetsCommand } from './import-targets.command';
import { ReplaceTargetsCommand } from './replace-targets.command';
import { UpdatePartiesCommand } from './update-parties.command';
import type { Covenant } from './domain/covenant';

const IMPORT_LIMIT = 2 * 1024 * 1024;

/** Editing a draft (parties, targets, import), cancelling it, amending a signed covenant. */
@ApiTags('covenants')
@Controller('covenants/:id')
@Roles('cluster-lead', 'admin')
export class DraftingController {
  constructor(
    private readonly updateParties: UpdatePartiesCommand,
    private readonly replaceTargets: ReplaceTargetsCommand,
    private readonly importTargets: ImportTargetsCommand,
    private readonly cancelCovenant: CancelCovenantCommand,
    private readonly amendCovenant: AmendCovenantCommand,
    private readonly queries: CovenantQueries,
  ) {}

  @Put('parties')
  @ApiOperation({
    summary: "Replace a draft's parties (members of the cluster on the covenant's date), before anyone signs",
  })
  async parties(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdatePartiesDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.view(await this.updateParties.execute(id, body.parties, visibleTenants(actor)));
  }

  @Put('targets')
  @ApiOperation({ summary: "Replace a draft's targets (weights add up to 100), before anyone signs" })
  async targets(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReplaceTargetsDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.view(await this.replaceTargets.execute(id, body.targets, visibleTenants(actor)));
  }

  @Post('targets/import')
  @HttpCode(200)
  @ApiConsumes(...MEDIA_TYPES.csv, ...MEDIA_TYPES.xlsx)
  @ApiBody({
    schema: { type: 'string', format: 'binary' },
    description: 'columns: Tên chỉ tiêu, Đơn vị tính, Giá trị, Chiều, Trọng số',
  })
  @ApiOperation({ summary: "Import a draft's targets from a CSV or XLSX file: all rows or none, errors per row" })
  async import(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('content-type') type: string | undefined,
    @Req() req: IncomingMessage,
    @CurrentActor() actor: Actor,
  ) {
    const kind = formatOfMediaType(type);
    if (!kind) {
      throw new ProblemException({
        status: 415,
        vi: {
          title: 'Kiểu tệp không được hỗ trợ',
          detail: `Hãy gửi tệp CSV (text/csv) hoặc Excel (${MEDIA_TYPES.xlsx[0]})`,
        },
        en: { title: 'Unsupported file type', detail: `Send a CSV (text/csv) or Excel file (${MEDIA_TYPES.xlsx[0]})` },
      });
    }
    const body = await readRawBody(req, IMPORT_LIMIT);
    return this.view(await this.importTargets.execute(id, kind, body, visibleTenants(actor)));
  }

  @Post('cancellation')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Cancel a draft that is not fully signed, with a reason; signatures are refused afterwards',
  })
  async cancel(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.view(await this.cancelCovenant.execute(id, body.reason, visibleTenants(actor)));
  }

  @Post('amendments')
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Amend a fully signed covenant: a new version to be signed again; the signed one stays readable',
  })
  async amend(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AmendCovenantDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.view(await this.amendCovenant.execute({ covenantId: id, ...body }, visibleTenants(actor)));
  }

  private async view(c: Covenant) {
    return covenantView(c, await this.queries.conferenceOf(c));
  }
}
