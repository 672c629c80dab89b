import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { pageOf } from '@tdkt/service-kit';
import { GuestListQuery, InviteGuestsDto, SendInvitationsDto } from './dto/invitation.dto';
import { invitationView } from './dto/invitation.view';
import { GuestListQueries } from './guest-list.queries';
import { InviteGuestsCommand } from './invite-guests.command';
import { SendInvitationsCommand } from './send-invitations.command';
import { TenancyQueries } from './tenancy.queries';
import { READERS, WRITERS } from '../access';

@ApiTags('conferences')
@Controller('conferences')
@Roles(...WRITERS)
export class ConferenceInvitationsController {
  constructor(
    private readonly queries: GuestListQueries,
    private readonly invite: InviteGuestsCommand,
    private readonly send: SendInvitationsCommand,
    private readonly tenancy: TenancyQueries,
  ) {}

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'A conference as the agenda announced it, with the counts of its guest list' })
  async conference(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    await this.tenancy.conference(actor, id);
    const { conference: c, guests } = await this.queries.list(id);
    const count = (f: (g: (typeof guests)[number]) => boolean) => guests.filter(f).length;
    return {
      id: c.id,
      title: c.title ?? null,
      organizer: { organizationId: c.organizationId ?? null, name: c.organizerName ?? null },
      kind: c.kind ?? null,
      startsAt: c.startsAt?.toISOString() ?? null,
      endsAt: c.endsAt?.toISOString() ?? null,
      timeZone: c.timeZone,
      format: c.format ?? null,
      venue: c.venue ?? null,
      connectionPoints: c.connectionPoints,
      cancelled: c.cancelled ? { at: new Date(c.cancelled.at).toISOString(), reason: c.cancelled.reason } : null,
      guests: {
        total: count((g) => g.invitation.status !== 'withdrawn'),
        drafts: count((g) => g.invitation.status === 'draft'),
        invited: count((g) => g.invitation.status === 'invited'),
        accepted: count((g) => g.invitation.status === 'invited' && g.invitation.response === 'accepted'),
        declined: count((g) => g.invitation.status === 'invited' && g.invitation.response === 'declined'),
        substitutes: count((g) => g.invitation.status === 'invited' && g.invitation.response === 'substitute'),
      },
    };
  }

  @Get(':id/guests')
  @Roles(...READERS)
  @ApiOperation({
    summary: "The guest list in protocol order (the organizer's table; ties by the Vietnamese collator)",
  })
  async guests(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: GuestListQuery) {
    await this.tenancy.conference(actor, id);
    const { guests } = await this.queries.list(id, { status: q.status, response: q.response });
    return pageOf(
      guests.map((g) => invitationView(g, g.precedence)),
      q,
    );
  }

  @Post(':id/invitations')
  @HttpCode(201)
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Put guests on the list (drafts), or send at once with send=true; refused for a cancelled conference',
  })
  async inviteGuests(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: InviteGuestsDto,
  ) {
    await this.tenancy.conference(actor, id);
    await this.tenancy.guests(actor, body.guestIds);
    return this.invite.execute(id, body.guestIds, body.send ?? false, actor);
  }

  @Post(':id/invitations/send')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send the drafts (all, or those named): e-mail with the ICS, RSVP links and the check-in QR code',
  })
  async sendDrafts(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SendInvitationsDto,
  ) {
    await this.tenancy.conference(actor, id);
    return this.send.execute(id, body.invitationIds, actor);
  }
}
