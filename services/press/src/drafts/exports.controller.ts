import { Controller, Get, Header, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '@tdkt/auth';
import { CoverageRepository } from '../coverage/coverage.repository';
import { draftDocx } from '../delivery/domain/docx';
import { draftHtml, draftMarkdown } from '../delivery/domain/draft-exports';
import type { DraftContent } from './domain/draft';
import { DraftNotFound } from './domain/draft.errors';
import { DraftQueries } from './draft.queries';
import { ExportQuery } from './dto/edit-draft.dto';

/** A draft (or any version of it, e.g. the published one) as HTML, Markdown or DOCX; all text escaped. */
@ApiTags('exports')
@Controller('drafts/:id')
@Roles('press-officer', 'press-lead', 'admin')
export class ExportsController {
  constructor(
    private readonly queries: DraftQueries,
    private readonly coverage: CoverageRepository,
  ) {}

  @Get('export.html')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiOperation({ summary: 'Printable HTML' })
  async html(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: ExportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    const { content, version, status } = await this.load(id, q.version, actor);
    return draftHtml(content, { version, status, label: status === 'published' ? 'Bản tin' : 'Bản tin dự thảo' });
  }

  @Get('export.md')
  @Header('content-type', 'text/markdown; charset=utf-8')
  @ApiOperation({ summary: 'Markdown' })
  async markdown(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: ExportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    return draftMarkdown((await this.load(id, q.version, actor)).content);
  }

  @Get('export.docx')
  @ApiOperation({ summary: 'Word document (.docx)' })
  async docx(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: ExportQuery,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const { content, version } = await this.load(id, q.version, actor);
    return new StreamableFile(await draftDocx(content), {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      disposition: `attachment; filename="ban-tin-v${version}.docx"`,
    });
  }

  private async load(
    id: string,
    version: number | undefined,
    actor: Actor,
  ): Promise<{ content: DraftContent; version: number; status: string }> {
    const d = await this.queries.get(id, await this.coverage.scope(actor));
    if (!d) throw new DraftNotFound(id);
    if (!version || version === d.version) return { content: d, version: d.version, status: d.status };
    const v = await this.queries.version(id, version);
    if (!v) throw new DraftNotFound(`${id} v${version}`);
    return { content: v, version, status: version === d.publishedVersion ? 'published' : 'draft' };
  }
}
