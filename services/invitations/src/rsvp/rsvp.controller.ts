import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@tdkt/auth';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { LinkRefused } from '../common/domain/invitations.errors';
import { mapInvitationsError } from '../common/invitations-error.mapper';
import { INVITATIONS_CONFIG } from '../common/settings.module';
import type { InvitationsConfig } from '../config/invitations.config';
import { ANSWER_LABEL, type Answer } from '../invitations/domain/invitation';
import { verifyToken } from '../invitations/domain/signed-token';
import { AnswerDto } from '../invitations/dto/invitation.dto';
import { invitationView } from '../invitations/dto/invitation.view';
import { InvitationQueries } from '../invitations/invitation.queries';
import { RespondCommand } from '../invitations/respond.command';
import { meetingTime } from '../mail/domain/meeting-time';
import { linkErrorPage, rsvpPage } from './rsvp-page';

/** The bit of the HTTP response the page needs (express underneath). */
interface HtmlResponse {
  status(code: number): HtmlResponse;
  type(t: string): HtmlResponse;
  send(body: string): void;
}

/** The personal links of the invitation mail: no login, the signed token is the key. */
@ApiTags('rsvp')
@Controller('rsvp')
export class RsvpController {
  constructor(
    private readonly invitations: InvitationQueries,
    private readonly respond: RespondCommand,
    @Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':token')
  @Public('signed RSVP link')
  @ApiOperation({ summary: 'The answer page of a personal link (HTML); opening it changes nothing' })
  async page(@Param('token') token: string, @Query('answer') answer: string | undefined, @Res() res: HtmlResponse) {
    res.type('html');
    try {
      const claims = verifyToken(token, this.config.rsvp.secret, 'rsvp', this.clock.now());
      const found = await this.invitations.withConference(claims.invitationId);
      const { row, conference } = found ?? {};
      if (!row || !conference?.title || !conference.startsAt) {
        res.status(404).send(linkErrorPage('Không tìm thấy giấy mời', 'Giấy mời của liên kết này không còn tồn tại.'));
        return;
      }
      const current =
        row.invitation.response === 'pending' ? 'Chưa trả lời' : ANSWER_LABEL[row.invitation.response as Answer];
      res.status(200).send(
        rsvpPage({
          token,
          guestName: row.guest.name,
          title: conference.title,
          when: meetingTime(conference.startsAt, conference.timeZone),
          current: conference.cancelled ? 'Hội nghị đã bị hủy' : current,
          preselect: answer as Answer | undefined,
        }),
      );
    } catch (e) {
      if (!(e instanceof LinkRefused)) throw e;
      const p = mapInvitationsError(e)!;
      res.status(p.status).send(linkErrorPage(p.vi.title, p.vi.detail ?? ''));
    }
  }

  @Post(':token')
  @Public('signed RSVP link')
  @HttpCode(200)
  @ApiOperation({
    summary: "Answer with a personal link: accepted, declined, or substitute with the substitute's name",
    description:
      'A forged link → 400, an expired one → 410, a link already used for another answer → 409; nothing changes.',
  })
  async answer(@Param('token') token: string, @Body() body: AnswerDto) {
    const claims = verifyToken(token, this.config.rsvp.secret, 'rsvp', this.clock.now());
    const r = await this.respond.execute({
      invitationId: claims.invitationId,
      tokenId: claims.tokenId,
      answer: body.answer,
      substitute: body.substitute && { ...body.substitute, titles: body.substitute.titles ?? [] },
    });
    return { changed: r.changed, invitation: invitationView(r.row) };
  }
}
