import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { headerFrom } from '../decisions/dto/header';
import { ConfirmProposalCommand } from './confirm-proposal.command';
import { ConfirmProposalDto, ListProposalsQuery, proposalView, RejectProposalDto } from './dto/proposal.dto';
import { ProposalQueries } from './proposal.queries';

@ApiTags('proposals')
@Controller('proposals')
@UseInterceptors(IdempotencyInterceptor)
export class ProposalsController {
  constructor(
    private readonly queries: ProposalQueries,
    private readonly command: ConfirmProposalCommand,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Award proposals from covenant evaluations (pending ones wait for the organizer), newest first',
  })
  async list(@Query() q: ListProposalsQuery) {
    const { items, total } = await this.queries.list({ ...q });
    return { items: items.map(proposalView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return proposalView(await this.queries.get(id));
  }

  @Post(':id/confirm')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary:
      'Confirm with the signed decision: the decision is issued for the leading unit (every eligibility rule applies)',
  })
  async confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ConfirmProposalDto) {
    const { proposal, issued } = await this.command.confirm(id, headerFrom(body), body.awardType, body.unit);
    return {
      proposal: proposalView(proposal),
      decision: { id: issued.plan.id, number: issued.plan.header.number, announcement: issued.announcement },
    };
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending proposal, with the reason' })
  async reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RejectProposalDto) {
    return proposalView(await this.command.reject(id, body.reason));
  }
}
