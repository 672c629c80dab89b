import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { READERS } from '../access';
import { ConferenceQueries } from '../conferences/conference.queries';
import { agendaDocument } from './domain/agenda-document';
import { agendaCalendar } from './domain/icalendar';

/** The agenda to take away: a calendar file and a printable programme. */
@ApiTags('exports')
@Controller('conferences/:id/agenda')
@Roles(...READERS)
export class ExportsController {
  constructor(private readonly queries: ConferenceQueries) {}

  @Get('calendar.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="chuong-trinh-hoi-nghi.ics"')
  @ApiProduces('text/calendar')
  @ApiOperation({ summary: 'The agenda as iCalendar (RFC 5545): the conference and one event per segment' })
  async calendar(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return agendaCalendar(await this.queries.sheet(actor, id));
  }

  @Get('document.html')
  @Header('content-type', 'text/html; charset=utf-8')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The printable programme in Vietnamese (A4; print to PDF from the browser)' })
  async document(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return agendaDocument(await this.queries.sheet(actor, id));
  }
}
