import { CurrentActor, Roles, visibleTenants, type Actor } from '@tdkt/auth';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { CovenantQueries } from './covenant.queries';
import { CreateCovenantCommand } from './create-covenant.command';
import { CreateCovenantDto } from './dto/create-covenant.dto';
import { covenantView, progressView } from './dto/covenant.view';
import { ListCovenantsQuery } from './dto/list-covenants.query';
import type { CovenantRecord } from './infra/covenant.records';

const listItem = (c: CovenantRecord) => ({
  id: c.id,
  lineageId: c.lineageId,
  version: c.version,
  title: c.title,
  clusterId: c.clusterId,
  clusterName: c.clusterName,
  year: c.year,
  status: c.status,
  tenant: c.tenant,
  createdAt: c.createdAt.toISOString(),
  fullySignedAt: c.fullySignedAt?.toISOString() ?? null,
});

@ApiTags('covenants')
@Controller('covenants')
@UseInterceptors(IdempotencyInterceptor)
@Roles('cluster-lead', 'admin')
export class CovenantsController {
  constructor(
    private readonly create: CreateCovenantCommand,
    private readonly queries: CovenantQueries,
  ) {}

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: "Draft a covenant (giao ước thi đua) of a cluster for a year; parties default to the cluster's members",
  })
  async draft(@Body() body: CreateCovenantDto, @CurrentActor() actor: Actor) {
    // the covenant takes its cluster's tenant; another tenant's cluster is not found
    const c = await this.create.execute(body, visibleTenants(actor));
    return covenantView(c, await this.queries.conferenceOf(c));
  }

  // the organizer prepares the signing at the conference: parties, who has signed
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get()
  @ApiOperation({ summary: 'List covenants by cluster, year and status, newest first' })
  async list(@Query() q: ListCovenantsQuery, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.list(q, visibleTenants(actor));
    return { items: items.map(listItem), page: q.page, pageSize: q.pageSize, total };
  }

  // the organizer prepares the signing at the conference: parties, who has signed
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get(':id')
  @ApiOperation({ summary: 'A covenant with its parties, signatures, signing progress and conference' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const c = await this.queries.get(id, visibleTenants(actor));
    return covenantView(c, await this.queries.conferenceOf(c));
  }

  // the organizer prepares the signing at the conference: parties, who has signed
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get(':id/progress')
  @ApiOperation({ summary: 'Signing progress: who has signed and who has not' })
  async progress(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const c = await this.queries.get(id, visibleTenants(actor));
    return { covenantId: id, status: c.snapshot.status, ...progressView(c) };
  }

  // the organizer prepares the signing at the conference: parties, who has signed
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of the covenant (the original and its amendments), oldest first' })
  async versions(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    const items = await this.queries.versions(id, visibleTenants(actor));
    return {
      items: items.map((c) => ({ ...listItem(c), amendsId: c.amendsId, amendmentReason: c.amendmentReason })),
      total: items.length,
    };
  }
}
