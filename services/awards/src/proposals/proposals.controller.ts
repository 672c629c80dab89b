import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, tenantForNew, visibleTenants, type Actor } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { headerFrom } from '../decisions/dto/header';
import { ConfirmProposalCommand } from './confirm-proposal.command';
import { ConfirmProposalDto, ListProposalsQuery, proposalView, RejectProposalDto } from './dto/proposal.dto';
import { ProposalQueries } from './proposal.queries';

@ApiTags('proposals')
@Controller('proposals')
@UseInterceptors(IdempotencyInterceptor)
// the secretariat turns a covenant's ranking into a decision (or rejects it)
@Roles('secretariat', 'admin')
export class ProposalsController {
  constructor(
    private readonly queries: ProposalQueries,
    private readonly command: ConfirmProposalCommand,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Award proposals from covenant evaluations (pending ones wait for the organizer), newest first',
  })
  async list(@Query() q: ListProposalsQuery, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.list({ ...q }, visibleTenants(actor));
    return { items: items.map(proposalView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    return proposalView(await this.queries.get(id, visibleTenants(actor)));
  }

  @Post(':id/confirm')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary:
      'Confirm with the signed decision: the decision is issued for the leading unit (every eligibility rule applies)',
  })
  async confirm(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ConfirmProposalDto,
    @CurrentActor() actor: Actor,
  ) {
    const acting = { tenant: tenantForNew(actor, body.tenant), id: actor.id, name: actor.name };
    const { proposal, issued } = await this.command.confirm(
      id,
      headerFrom(body),
      acting,
      visibleTenants(actor),
      body.awardType,
      body.unit,
    );
    return {
      proposal: proposalView(proposal),
      decision: { id: issued.plan.id, number: issued.plan.header.number, announcement: issued.announcement },
    };
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending proposal, with the reason' })
  async reject(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RejectProposalDto,
    @CurrentActor() actor: Actor,
  ) {
    return proposalView(await this.command.reject(id, body.reason, actor, visibleTenants(actor)));
  }
}
