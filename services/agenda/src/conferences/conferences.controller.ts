import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { ConferenceLifecycleCommand } from './conference-lifecycle.command';
import { ConferenceQueries } from './conference.queries';
import { CreateConferenceCommand } from './create-conference.command';
import {
  CancelDto,
  CreateConferenceDto,
  EditConferenceDto,
  ListConferencesQuery,
  RescheduleDto,
} from './dto/conference.dto';
import { conferenceView } from './dto/conference.view';
import { EditConferenceCommand } from './edit-conference.command';

const uuid = new ParseUUIDPipe();

@ApiTags('conferences')
@Controller('conferences')
@UseInterceptors(IdempotencyInterceptor)
export class ConferencesController {
  constructor(
    private readonly create: CreateConferenceCommand,
    private readonly editCommand: EditConferenceCommand,
    private readonly lifecycle: ConferenceLifecycleCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  private view = async (id: string) => conferenceView(await this.queries.sheet(id));

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Create a draft conference (hội nghị); the Vietnamese title is suggested from kind and years',
  })
  async draft(@Body() b: CreateConferenceDto) {
    const c = await this.create.execute({ ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) });
    return this.view(c.id);
  }

  @Get()
  @ApiOperation({ summary: 'Conferences by status, year under review and organizer, latest first' })
  async list(@Query() q: ListConferencesQuery) {
    const { items, total } = await this.queries.list(q);
    return {
      items: items.map((c) => ({
        id: c.id,
        title: c.title,
        kind: c.kind,
        organizer: { organizationId: c.organizationId, name: c.organizerName },
        yearReviewed: c.yearReviewed,
        status: c.status,
        format: c.format,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt.toISOString(),
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  @Get(':id')
  @ApiOperation({ summary: 'A conference with its venue, connection points and agenda' })
  get(@Param('id', uuid) id: string) {
    return this.view(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a draft conference (once scheduled, it changes by rescheduling)' })
  async edit(@Param('id', uuid) id: string, @Body() b: EditConferenceDto) {
    await this.editCommand.execute(id, {
      ...b,
      startsAt: b.startsAt ? new Date(b.startsAt) : undefined,
      endsAt: b.endsAt ? new Date(b.endsAt) : undefined,
    });
    return this.view(id);
  }

  @Post(':id/schedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Schedule (announce) a draft: conference-scheduled' })
  async schedule(@Param('id', uuid) id: string) {
    await this.lifecycle.schedule(id);
    return this.view(id);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Move a scheduled conference (and its agenda) to another time or venue, with the reason: conference-rescheduled',
  })
  async reschedule(@Param('id', uuid) id: string, @Body() b: RescheduleDto) {
    await this.lifecycle.reschedule(id, { ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) });
    return this.view(id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a draft or scheduled conference, with the reason: conference-cancelled' })
  async cancel(@Param('id', uuid) id: string, @Body() b: CancelDto) {
    await this.lifecycle.cancel(id, b.reason);
    return this.view(id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'The conference opens: conference-started' })
  async start(@Param('id', uuid) id: string) {
    await this.lifecycle.start(id);
    return this.view(id);
  }

  @Post(':id/conclude')
  @HttpCode(200)
  @ApiOperation({ summary: 'The conference closes: conference-concluded' })
  async conclude(@Param('id', uuid) id: string) {
    await this.lifecycle.conclude(id);
    return this.view(id);
  }
}
