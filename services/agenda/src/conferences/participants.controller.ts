import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { PageQuery } from '@tdkt/service-kit';
import { ConferenceQueries } from './conference.queries';
import { AddConnectionPointDto, AddGuestDto } from './dto/agenda.dto';
import { conferenceView, guestView } from './dto/conference.view';
import { ParticipantsCommand } from './participants.command';

const uuid = new ParseUUIDPipe();

@ApiTags('participants')
@Controller('conferences/:id')
@UseInterceptors(IdempotencyInterceptor)
export class ParticipantsController {
  constructor(
    private readonly participants: ParticipantsCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  @Post('guests')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Add a guest (presenters and the launching official are chosen among them)' })
  async addGuest(@Param('id', uuid) id: string, @Body() b: AddGuestDto) {
    return guestView(await this.participants.addGuest(id, b));
  }

  @Get('guests')
  @ApiOperation({ summary: 'The guest list, in the order added' })
  async guests(@Param('id', uuid) id: string, @Query() q: PageQuery) {
    const all = (await this.queries.sheet(id)).conference.guests;
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
  async addPoint(@Param('id', uuid) id: string, @Body() b: AddConnectionPointDto) {
    return this.participants.addConnectionPoint(id, b);
  }

  @Delete('connection-points/:pointId')
  @ApiOperation({ summary: 'Remove a connection point' })
  async removePoint(@Param('id', uuid) id: string, @Param('pointId', uuid) pointId: string) {
    await this.participants.removeConnectionPoint(id, pointId);
    return conferenceView(await this.queries.sheet(id));
  }
}
