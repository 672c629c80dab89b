import { Body, Controller, Get, HttpCode, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, tenantForNew, visibleTenants, type Actor } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { InvalidInput } from '../common/domain/awards.errors';
import { AwardQueries } from './award.queries';
import { announcement } from './domain/award-counts';
import { awardView, countView } from './dto/decision.view';
import { headerFrom } from './dto/header';
import { ListAwardsQuery, StatisticsQuery } from './dto/queries.dto';
import { RevokeAwardsDto } from './dto/revoke-awards.dto';
import { RevokeAwardsCommand } from './revoke-awards.command';

@ApiTags('awards')
@Controller()
// awards, revocations and statistics of the secretariat's own decisions
@Roles('secretariat', 'admin')
export class AwardsController {
  constructor(
    private readonly queries: AwardQueries,
    private readonly revoke: RevokeAwardsCommand,
  ) {}

  @Get('awards')
  @ApiOperation({
    summary: 'Awards by recipient, unit, year, type, decision, conference, status (revoked ones stay, marked)',
  })
  async list(@Query() q: ListAwardsQuery, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.awards({ ...q }, visibleTenants(actor));
    return { items: items.map(awardView), page: q.page, pageSize: q.pageSize, total };
  }

  @Post('revocations')
  @HttpCode(201)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Revoke awards (thu hồi) by a later decision, with the reason; history is kept' })
  async revokeAwards(@Body() body: RevokeAwardsDto, @CurrentActor() actor: Actor) {
    const r = await this.revoke.execute(
      { ...headerFrom(body), reason: body.reason.trim().normalize('NFC') },
      body.awardIds,
      { tenant: tenantForNew(actor, body.tenant), id: actor.id, name: actor.name },
      visibleTenants(actor),
    );
    return {
      decision: {
        id: r.decisionId,
        kind: 'revocation',
        number: r.header.number,
        date: r.header.date,
        authority: r.header.authority,
        reason: r.header.reason,
        revokedBy: { id: actor.id, name: actor.name },
      },
      revoked: r.revoked.map((a) => ({ awardId: a.awardId, awardType: a.awardType.name, recipient: a.recipient.name })),
    };
  }

  @Get('statistics/awards')
  @ApiOperation({
    summary:
      'Counts per award type and recipient kind for a conference or a year, highest rank first, with the news phrase',
    description: 'e.g. "5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ". Revoked awards are not counted.',
  })
  async statistics(@Query() q: StatisticsQuery, @CurrentActor() actor: Actor) {
    if (!q.conferenceId && !q.year) {
      throw new InvalidInput(
        'conferenceId',
        'Cần chọn hội nghị (conferenceId) hoặc năm (year)',
        'give a conferenceId or a year',
      );
    }
    const counts = await this.queries.counts({ conferenceId: q.conferenceId, year: q.year }, visibleTenants(actor));
    const conferenceTitle = q.conferenceId ? await this.queries.conferenceTitle(q.conferenceId) : undefined;
    const sum = (k: 'collectives' | 'individuals' | 'households') => counts.reduce((s, c) => s + c[k], 0);
    return {
      scope: { conferenceId: q.conferenceId ?? null, year: q.year ?? null, conferenceTitle: conferenceTitle ?? null },
      items: counts.map(countView),
      totals: { collectives: sum('collectives'), individuals: sum('individuals'), households: sum('households') },
      announcement: announcement(counts),
    };
  }
}
