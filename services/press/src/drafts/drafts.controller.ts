import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '@tdkt/auth';
import { PageQuery } from '@tdkt/service-kit';
import { CoverageRepository } from '../coverage/coverage.repository';
import { DraftNotFound } from './domain/draft.errors';
import { DraftProvenanceQuery } from './draft-provenance.query';
import { DraftQueries } from './draft.queries';
import { draftView } from './dto/draft.view';
import { ListDraftsQuery } from './dto/list-drafts.query';

/** Reading drafts: press officers and leads see their own tenants' and their press office's covered ones; admin all. */
@ApiTags('drafts')
@Controller('drafts')
@Roles('press-officer', 'press-lead', 'admin')
export class DraftsController {
  constructor(
    private readonly queries: DraftQueries,
    private readonly coverage: CoverageRepository,
    private readonly provenance: DraftProvenanceQuery,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'News drafts (bản tin dự thảo), newest first; filter by kind, subject, status, "có thông tin mới"',
  })
  async list(@Query() q: ListDraftsQuery, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.list(q, await this.coverage.scope(actor));
    return { items: items.map((d) => draftView(d)), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One draft: each paragraph with the events it was written from; the diff when there is new information',
  })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const draft = await this.queries.get(id, await this.coverage.scope(actor));
    if (!draft) throw new DraftNotFound(id);
    return draftView(draft, { diff: true });
  }

  @Get(':id/provenance')
  @ApiOperation({
    summary:
      'Each paragraph of the current version with the facts it was written from: per source event, the fact it gave (kind, time, what it is about)',
  })
  async provenanceOf(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const draft = await this.queries.get(id, await this.coverage.scope(actor));
    if (!draft) throw new DraftNotFound(id);
    return { draftId: draft.id, version: draft.version, paragraphs: await this.provenance.of(draft) };
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of a draft (generated, edited, merged), oldest first' })
  async versions(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery, @CurrentActor() actor: Actor) {
    if (!(await this.queries.get(id, await this.coverage.scope(actor)))) throw new DraftNotFound(id);
    const [versions, total] = await this.queries.versions(id, q.page, q.pageSize);
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
  @ApiOperation({
    summary: 'The workflow history: who (id and name from the token) did what, in which role, when, on which version',
  })
  async transitions(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery, @CurrentActor() actor: Actor) {
    if (!(await this.queries.get(id, await this.coverage.scope(actor)))) throw new DraftNotFound(id);
    const [rows, total] = await this.queries.transitions(id, q.page, q.pageSize);
    return {
      items: rows.map((t) => ({
        action: t.action,
        from: t.fromStatus,
        to: t.toStatus,
        version: t.version,
        actor: t.actor,
        actorId: t.actorId,
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
