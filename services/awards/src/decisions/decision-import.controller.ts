import { Body, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, tenantForNew, type Actor } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { InvalidInput } from '../common/domain/awards.errors';
import { AwardQueries } from './award.queries';
import { decisionView } from './dto/decision.view';
import { headerFrom } from './dto/header';
import { ImportDecisionDto } from './dto/import-decision.dto';
import { readAwardList } from './import/award-list';
import { IssueDecisionCommand } from './issue-decision.command';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

@ApiTags('decisions')
@Controller('decisions/import')
@Roles('secretariat', 'admin')
export class DecisionImportController {
  constructor(
    private readonly issue: IssueDecisionCommand,
    private readonly queries: AwardQueries,
  ) {}

  @Post()
  // the file is read first, so the idempotency key covers the file too
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 20 } }),
    IdempotencyInterceptor,
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportDecisionDto })
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Import a decision from its award list (XLSX or CSV, thousands of rows) and issue it',
    description:
      'Columns (header row within the first 10 rows; Vietnamese or English headers): Họ và tên / Tên tập thể, Loại ' +
      '(cá nhân / tập thể / hộ gia đình), Hình thức khen thưởng (code or name); optional Chức vụ, Đơn vị, Thành tích, Năm thành tích, ' +
      'Truy tặng, Mã đối tượng. All or nothing: any refused row refuses the file (422), every refused row named by its row number.',
  })
  async import(
    @Body() body: ImportDecisionDto,
    @CurrentActor() actor: Actor,
    @UploadedFile() file?: { buffer: Buffer; originalname?: string },
  ) {
    // before the file is read: a caller without a tenant learns it at once
    const acting = { tenant: tenantForNew(actor, body.tenant), id: actor.id, name: actor.name };
    if (!file?.buffer)
      throw new InvalidInput(
        'file',
        'Thiếu tệp danh sách (trường “file”: .xlsx hoặc .csv)',
        'the award list is missing (field "file": .xlsx or .csv)',
      );
    const { lines, refusals } = await readAwardList(file.buffer);
    const header = headerFrom({
      ...body,
      signer: { name: body.signerName, titles: (body.signerTitles ?? '').split(';') },
    });
    const issued = await this.issue.execute(header, lines, 'import', acting, refusals);
    return {
      ...decisionView(await this.queries.decision(issued.plan.id, null), issued.counts, issued.announcement),
      importedRows: lines.length,
    };
  }
}
