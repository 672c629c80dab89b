import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, tenantForNew, visibleTenants, type Actor } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { AwardQueries } from './award.queries';
import { announcement } from './domain/award-counts';
import type { RecipientLine } from './domain/decision';
import { CreateDecisionDto } from './dto/create-decision.dto';
import { awardView, decisionView } from './dto/decision.view';
import { headerFrom } from './dto/header';
import { PageQuery } from '@tdkt/service-kit';
import { ListDecisionsQuery } from './dto/queries.dto';
import { IssueDecisionCommand } from './issue-decision.command';

@ApiTags('decisions')
@Controller('decisions')
@UseInterceptors(IdempotencyInterceptor)
// the province's award secretariat keeps its decisions (reads and writes, its own tenant only)
@Roles('secretariat', 'admin')
export class DecisionsController {
  constructor(
    private readonly issue: IssueDecisionCommand,
    private readonly queries: AwardQueries,
  ) {}

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Record and issue a signed decision (quyết định khen thưởng) with its recipients',
    description:
      'Every line is checked (award type valid on the date, recipient kind, hold, one achievement one form, title chains); ' +
      'one refused line refuses the whole decision (422, every problem listed). 409 when the authority already has this number in that year.',
  })
  async create(@Body() body: CreateDecisionDto, @CurrentActor() actor: Actor) {
    const lines: RecipientLine[] = body.recipients.map((r, i) => ({
      ...r,
      ref: { field: `recipients[${i}]`, vi: `Người nhận thứ ${i + 1}`, en: `recipient ${i + 1}` },
    }));
    const acting = { tenant: tenantForNew(actor, body.tenant), id: actor.id, name: actor.name };
    const issued = await this.issue.execute(headerFrom(body), lines, 'api', acting);
    return decisionView(await this.queries.decision(issued.plan.id, null), issued.counts, issued.announcement);
  }

  @Get()
  @ApiOperation({ summary: 'Decisions by year, authority, conference, kind; newest first' })
  async list(@Query() q: ListDecisionsQuery, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.decisions({ ...q }, visibleTenants(actor));
    return {
      items: items.map((d) => ({
        id: d.id,
        kind: d.kind,
        number: d.number,
        date: d.date,
        authority: d.authority,
        reason: d.reason,
        conferenceId: d.conference_id,
        recipientCount: d.recipient_count,
        tenant: d.tenant,
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One decision with its counts per award type (highest rank first) and the news phrase' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const d = await this.queries.decision(id, visibleTenants(actor));
    const counts = await this.queries.counts({ decisionId: id }, null);
    return decisionView(d, counts, announcement(counts), d.revoked);
  }

  @Get(':id/awards')
  @ApiOperation({ summary: "A decision's awards, highest rank first, paginated" })
  async awards(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery, @CurrentActor() actor: Actor) {
    await this.queries.decision(id, visibleTenants(actor));
    const page = { decisionId: id, page: q.page, pageSize: q.pageSize };
    const { items, total } = await this.queries.awards(page, null);
    return { items: items.map(awardView), page: q.page, pageSize: q.pageSize, total };
  }
}
