import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { PageQuery } from '@tdkt/service-kit';
import { ConferenceQueries } from './conference.queries';
import { AddConnectionPointDto, AddGuestDto } from './dto/agenda.dto';
import { conferenceView, guestView } from './dto/conference.view';
import { ParticipantsCommand } from './participants.command';
import { READERS, WRITERS } from '../access';

const uuid = new ParseUUIDPipe();

@ApiTags('participants')
@Controller('conferences/:id')
@Roles(...WRITERS)
@UseInterceptors(IdempotencyInterceptor)
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  @Post('guests')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Add a guest (presenters and the launching official are chosen among them)' })
  async addGuest(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: AddGuestDto) {
    return guestView(await this.participants.addGuest(actor, id, b));
  }

  @Get('guests')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The guest list, in the order added' })
  async guests(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query() q: PageQuery) {
    const all = (await this.queries.sheet(actor, id)).conference.guests;
    return {
      items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(guestView),
      page: q.page,
      pageSize: q.pageSize,
      total: all.length,
    };
  }

  @Post('connection-points')
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Add an online connection point (điểm cầu): host unit, location, technical contact, expected attendees',
  })
  async addPoint(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: AddConnectionPointDto) {
    return this.participants.addConnectionPoint(actor, id, b);
  }

  @Delete('connection-points/:pointId')
  @ApiOperation({ summary: 'Remove a connection point' })
  async removePoint(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('pointId', uuid) pointId: string,
  ) {
    await this.participants.removeConnectionPoint(actor, id, pointId);
    return conferenceView(await this.queries.sheet(actor, id));
  }
}
