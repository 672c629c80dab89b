import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { NotFound } from '../common/domain/awards.errors';
import { headerFrom } from '../decisions/dto/header';
import { ConfirmProposalCommand } from './confirm-proposal.command';
import { ConfirmProposalDto, ListProposalsQuery, proposalView, RejectProposalDto } from './dto/proposal.dto';
import { ProposalRepository } from './infra/proposal.repository';

@ApiTags('proposals')
@Controller('proposals')
@UseInterceptors(IdempotencyInterceptor)
export class ProposalsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly proposals: ProposalRepository,
    private readonly command: ConfirmProposalCommand,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Award proposals from covenant evaluations (pending ones wait for the organizer), newest first' })
  async list(@Query() q: ListProposalsQuery) {
    const { items, total } = await this.proposals.list(this.dataSource.manager, { ...q });
    return { items: items.map(proposalView), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const p = await this.proposals.get(this.dataSource.manager, id);
    if (!p) throw new NotFound('proposal', id);
    return proposalView(p);
  }

  @Post(':id/confirm')
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Confirm with the signed decision: the decision is issued for the leading unit (every eligibility rule applies)' })
  async confirm(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ConfirmProposalDto) {
    const { proposal, issued } = await this.command.confirm(id, headerFrom(body), body.awardType, body.unit);
    return { proposal: proposalView(proposal), decision: { id: issued.plan.id, number: issued.plan.header.number, announcement: issued.announcement } };
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject a pending proposal, with the reason' })
  async reject(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: RejectProposalDto) {
    return proposalView(await this.command.reject(id, body.reason));
  }
}
