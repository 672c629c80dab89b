import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { UpdateGuestDto } from '../guests/dto/guest.dto';
import { guestView } from '../guests/dto/guest.view';
import { AnswerDto, RepresentativeDto, WithdrawDto } from './dto/invitation.dto';
import { invitationView } from './dto/invitation.view';
import { InvitationQueries } from './invitation.queries';
import { ManageInvitationCommands } from './manage-invitation.commands';
import { RespondCommand } from './respond.command';
import { UpdateGuestCommand } from './update-guest.command';
import { TenancyQueries } from './tenancy.queries';
import { READERS, WRITERS } from '../access';

@ApiTags('invitations')
@Controller()
@Roles(...WRITERS)
export class InvitationsController {
  constructor(
    private readonly queries: InvitationQueries,
    private readonly manage: ManageInvitationCommands,
    private readonly respond: RespondCommand,
    private readonly updateGuest: UpdateGuestCommand,
    private readonly tenancy: TenancyQueries,
  ) {}

  @Get('invitations/:id')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'One invitation: status, answer, substitute or representative, ICS UID and SEQUENCE, reminders',
  })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    await this.tenancy.invitation(actor, id);
    const { row, reminders } = await this.queries.get(id);
    return { ...invitationView(row), reminders };
  }

  @Post('invitations/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take a guest off the list; one who was sent the invitation gets a cancellation (METHOD:CANCEL)',
  })
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: WithdrawDto,
  ) {
    await this.tenancy.invitation(actor, id);
    return invitationView(await this.manage.withdraw(id, body.reason));
  }

  @Put('invitations/:id/representative')
  @ApiOperation({ summary: "Name a collective's representative (an awarded unit): the invitation goes to them" })
  async representative(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RepresentativeDto,
  ) {
    await this.tenancy.invitation(actor, id);
    return invitationView(
      await this.manage.nameRepresentative(id, { name: body.name, titles: body.titles ?? [], email: body.email }),
    );
  }

  @Post('invitations/:id/rsvp')
  @HttpCode(200)
  @ApiOperation({ summary: 'The organizer records an answer (by phone, on paper); may change an earlier one' })
  async organizerAnswer(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AnswerDto,
  ) {
    const r = await this.respond.execute({
      actor,
      invitationId: id,
      answer: body.answer,
      substitute: body.substitute && { ...body.substitute, titles: body.substitute.titles ?? [] },
    });
    return { changed: r.changed, invitation: invitationView(r.row) };
  }

  @Patch('guests/:id')
  @ApiOperation({
    summary: 'Correct a guest; an awardee waiting for an e-mail address is invited as soon as it is given',
  })
  async patchGuest(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateGuestDto,
  ) {
    const r = await this.updateGuest.execute(id, body, actor);
    return { ...guestView(r.guest), invited: r.invited };
  }
}
