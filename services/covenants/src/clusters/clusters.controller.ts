import { CurrentActor, Roles, tenantForNew, visibleTenants, type Actor } from '@tdkt/auth';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { ChangeClusterCommand } from './change-cluster.command';
import { pageOf } from '@tdkt/service-kit';
import { ClusterQueries } from './cluster.queries';
import { CreateClusterCommand } from './create-cluster.command';
import {
  CreateClusterDto,
  ElectLeaderDto,
  HandoverDto,
  JoinDto,
  LeadershipQuery,
  LeaveDto,
  ListClustersQuery,
  MembersQuery,
  ReorganizeDto,
} from './dto/cluster.dto';
import { clusterView, leadershipView, membershipView } from './dto/cluster.view';
import { localDate } from '@tdkt/vietnamese';

@ApiTags('clusters')
@Controller('clusters')
@UseInterceptors(IdempotencyInterceptor)
// the cluster lead keeps the cluster (members, heads, handovers); admin any cluster
@Roles('cluster-lead', 'admin')
export class ClustersController {
  constructor(
    private readonly create: CreateClusterCommand,
    private readonly change: ChangeClusterCommand,
    private readonly queries: ClusterQueries,
  ) {}

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Create a cluster or bloc (cụm / khối thi đua) of any organisation, with its founding members',
  })
  async createCluster(@Body() body: CreateClusterDto, @CurrentActor() actor: Actor) {
    const cluster = await this.create.execute({ ...body, tenant: tenantForNew(actor, body.tenant) });
    return clusterView(cluster, localDate(new Date()));
  }

  // the organizer prepares the conference where the cluster signs and hands over: members, heads
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get()
  @ApiOperation({ summary: 'List clusters and blocs by kind and organising body' })
  async list(@Query() q: ListClustersQuery, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.list(q, visibleTenants(actor));
    return {
      items: items.map((c) => ({
        id: c.id,
        name: c.name,
        kind: c.kind,
        organizingBody: c.organizingBody,
        tenant: c.tenant,
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  // the organizer prepares the conference where the cluster signs and hands over: members, heads
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get(':id')
  @ApiOperation({ summary: 'A cluster with its members today' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return clusterView(await this.queries.get(id, visibleTenants(actor)), localDate(new Date()));
  }

  // the organizer prepares the conference where the cluster signs and hands over: members, heads
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get(':id/members')
  @ApiOperation({ summary: 'Members on a date, or (without `on`) every membership ever: the history' })
  async members(@Param('id', new ParseUUIDPipe()) id: string, @Query() q: MembersQuery, @CurrentActor() actor: Actor) {
    const c = await this.queries.get(id, visibleTenants(actor));
    const rows = q.on ? c.membersOn(q.on) : c.snapshot.memberships;
    return { on: q.on ?? null, ...pageOf(rows.map(membershipView), q) };
  }

  @Post(':id/members')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'A unit joins the cluster on a date' })
  async join(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: JoinDto, @CurrentActor() actor: Actor) {
    const { result } = await this.change.execute(id, visibleTenants(actor), (c) =>
      c.join(body.unitName, body.joinedOn, body.note),
    );
    return membershipView(result);
  }

  @Post(':id/members/:membershipId/departure')
  @HttpCode(201)
  @ApiOperation({ summary: 'A unit leaves the cluster on a date (its membership ends; the row stays)' })
  async leave(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('membershipId', new ParseUUIDPipe()) membershipId: string,
    @Body() body: LeaveDto,
    @CurrentActor() actor: Actor,
  ) {
    const { result } = await this.change.execute(id, visibleTenants(actor), (c) =>
      c.leave(membershipId, body.leftOn, body.reason),
    );
    return membershipView(result);
  }

  @Post(':id/reorganizations')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Reorganisation on one date (e.g. a province merger): some memberships end, new ones start',
  })
  async reorganize(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReorganizeDto,
    @CurrentActor() actor: Actor,
  ) {
    const { cluster } = await this.change.execute(id, visibleTenants(actor), (c) =>
      c.reorganize(body.effectiveOn, body.reason, body.leaving, body.joining),
    );
    return { effectiveOn: body.effectiveOn, members: cluster.membersOn(body.effectiveOn).map(membershipView) };
  }

  // the organizer prepares the conference where the cluster signs and hands over: members, heads
  @Roles('cluster-lead', 'organizer', 'admin')
  @Get(':id/leadership')
  @ApiOperation({ summary: 'Heads and deputies by year (newest first), with their handovers: the history' })
  async leadership(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: LeadershipQuery,
    @CurrentActor() actor: Actor,
  ) {
    const c = await this.queries.get(id, visibleTenants(actor));
    const rows = c.snapshot.leaderships
      .filter((l) => !q.year || l.year === q.year)
      .sort((a, b) => b.year - a.year || (a.role === 'head' ? -1 : 1));
    return pageOf(
      rows.map((l) => leadershipView(c.snapshot.kind, l)),
      q,
    );
  }

  @Post(':id/leadership')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Record the head or deputy elected for a year (one of each per year)' })
  async elect(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ElectLeaderDto,
    @CurrentActor() actor: Actor,
  ) {
    const { cluster, result } = await this.change.execute(id, visibleTenants(actor), (c) => c.elect(body));
    return leadershipView(cluster.snapshot.kind, result);
  }

  @Post(':id/handovers')
  @HttpCode(201)
  @ApiOperation({ summary: "Bàn giao: the year's head hands over to the next year's head" })
  async handover(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: HandoverDto,
    @CurrentActor() actor: Actor,
  ) {
    const { cluster, result } = await this.change.execute(id, visibleTenants(actor), (c) =>
      c.handOver(body.year, body.handedOverOn, body.conferenceId),
    );
    return leadershipView(cluster.snapshot.kind, result);
  }
}
