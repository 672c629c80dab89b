import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '@tdkt/service-kit';
import { DraftNotFound } from './domain/draft.errors';
import { DraftQueries } from './draft.queries';
import { draftView } from './dto/draft.view';
import { ListDraftsQuery } from './dto/list-drafts.query';

@ApiTags('drafts')
@Controller('drafts')
export class DraftsController {
  constructor(private readonly queries: DraftQueries) {}

  @Get()
  @ApiOperation({
    summary: 'News drafts (bản tin dự thảo), newest first; filter by kind, subject, status, "có thông tin mới"',
  })
  async list(@Query() q: ListDraftsQuery) {
    const { items, total } = await this.queries.list(q);
    return { items: items.map((d) => draftView(d)), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One draft: each paragraph with the events it was written from; the diff when there is new information',
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const draft = await this.queries.get(id);
    if (!draft) throw new DraftNotFound(id);
    return draftView(draft, { diff: true });
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of a draft (generated, edited, merged), oldest first' })
  async versions(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery) {
    const [versions, total] = await this.queries.versions(id, q.page, q.pageSize);
    if (total === 0) throw new DraftNotFound(id);
    return {
      items: versions.map((v) => ({
        version: v.version,
        title: v.title,
        paragraphs: v.paragraphs,
        origin: v.origin,
        author: v.author,
        sourceEventId: v.sourceEventId,
        createdAt: v.createdAt.toISOString(),
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  @Get(':id/transitions')
  @ApiOperation({ summary: 'The workflow history: who did what, in which role, when, on which version' })
  async transitions(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery) {
    if (!(await this.queries.get(id))) throw new DraftNotFound(id);
    const [rows, total] = await this.queries.transitions(id, q.page, q.pageSize);
    return {
      items: rows.map((t) => ({
        action: t.action,
        from: t.fromStatus,
        to: t.toStatus,
        version: t.version,
        actor: t.actor,
        role: t.role,
        comment: t.comment,
        at: t.at.toISOString(),
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }
}
