import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemException } from '@tdkt/service-kit';
import { DraftQueries } from './draft.queries';
import { draftView } from './dto/draft.view';
import { ListDraftsQuery } from './dto/list-drafts.query';

@ApiTags('drafts')
@Controller('drafts')
export class DraftsController {
  constructor(private readonly queries: DraftQueries) {}

  @Get()
  @ApiOperation({ summary: 'News drafts (bản tin dự thảo), newest first; filter by kind and subject' })
  async list(@Query() q: ListDraftsQuery) {
    const { items, total } = await this.queries.list({ kind: q.kind, subjectId: q.subjectId, page: q.page, pageSize: q.pageSize });
    return { items: items.map(draftView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One draft with the provenance of each paragraph' })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const draft = await this.queries.get(id);
    if (!draft) throw notFound(id);
    return draftView(draft);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every generated version of a draft, oldest first' })
  async versions(@Param('id', new ParseUUIDPipe()) id: string) {
    const versions = await this.queries.versions(id);
    if (versions.length === 0) throw notFound(id);
    return versions.map((v) => ({
      version: v.version, title: v.title, paragraphs: v.paragraphs, sourceEventId: v.sourceEventId, createdAt: v.createdAt.toISOString(),
    }));
  }
}

function notFound(id: string): ProblemException {
  return new ProblemException({
    status: 404,
    vi: { title: 'Không tìm thấy bản tin', detail: `Không có bản tin dự thảo mã ${id}` },
    en: { title: 'Draft not found', detail: `draft ${id} does not exist` },
  });
}
