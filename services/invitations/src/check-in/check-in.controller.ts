import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { READERS, WRITERS } from '../access';
import { TenancyQueries } from '../invitations/tenancy.queries';
import { PageQuery } from '@tdkt/service-kit';
import { AttendanceQueries } from './attendance.queries';
import { CheckInCommand } from './check-in.command';
import { CheckInDto } from './dto/check-in.dto';
import type { Attendance } from './domain/check-in';

interface StatusResponse {
  status(code: number): unknown;
}

const view = (a: Attendance) => ({
  invitationId: a.invitationId,
  attendee: a.attendee,
  site: { kind: a.site.kind, siteId: a.site.siteId ?? null, name: a.site.name },
  method: a.method,
  checkedInAt: new Date(a.checkedInAt).toISOString(),
});

@ApiTags('check-in')
@Controller('conferences')
@Roles(...WRITERS)
export class CheckInController {
  constructor(
    private readonly checkIn: CheckInCommand,
    private readonly queries: AttendanceQueries,
    private readonly tenancy: TenancyQueries,
  ) {}

  @Post(':id/check-ins')
  @ApiOperation({
    summary:
      'Check a guest in at the venue or a connection point: by the organizer (invitationId) or by the QR code (qrToken)',
    description:
      '201 with the check-in; 200 with alreadyCheckedIn=true when the guest was checked in before (no second event).',
  })
  async create(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CheckInDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    await this.tenancy.conference(actor, id);
    const r = await this.checkIn.execute({
      by: { id: actor.id, name: actor.name },
      conferenceId: id,
      invitationId: body.invitationId,
      qrToken: body.qrToken,
      site: body.site,
    });
    res.status(r.alreadyCheckedIn ? 200 : 201);
    return { alreadyCheckedIn: r.alreadyCheckedIn, ...view(r.attendance) };
  }

  @Get(':id/attendance')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Attendance: counts per site (venue, each connection point) and the attendees in protocol order',
  })
  async attendance(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery) {
    await this.tenancy.conference(actor, id);
    const s = await this.queries.summary(id);
    return {
      total: s.total,
      invited: s.invited,
      sites: s.sites,
      attendees: {
        items: s.attendees.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(view),
        page: q.page,
        pageSize: q.pageSize,
        total: s.attendees.length,
      },
    };
  }
}
