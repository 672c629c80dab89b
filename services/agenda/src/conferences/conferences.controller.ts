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
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { tenantForNew } from '@tdkt/auth';
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
import { READERS, WRITERS } from '../access';

const uuid = new ParseUUIDPipe();

@ApiTags('conferences')
@Controller('conferences')
@Roles(...WRITERS)
@UseInterceptors(IdempotencyInterceptor)
export class ConferencesController {
  constructor(
    private readonly create: CreateConferenceCommand,
    private readonly editCommand: EditConferenceCommand,
    private readonly lifecycle: ConferenceLifecycleCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  private view = async (actor: Actor, id: string) => conferenceView(await this.queries.sheet(actor, id));

  @Post()
  @ApiIdempotencyKey()
  @ApiOperation({
    summary: 'Create a draft conference (hội nghị); the Vietnamese title is suggested from kind and years',
  })
  async draft(@CurrentActor() actor: Actor, @Body() b: CreateConferenceDto) {
    const c = await this.create.execute(actor, {
      ...b,
      tenant: tenantForNew(actor, b.tenant),
      startsAt: new Date(b.startsAt),
      endsAt: new Date(b.endsAt),
    });
    return this.view(actor, c.id);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Conferences by status, year under review and organizer, latest first' })
  async list(@CurrentActor() actor: Actor, @Query() q: ListConferencesQuery) {
    const { items, total } = await this.queries.list(actor, q);
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
  @Roles(...READERS)
  @ApiOperation({ summary: 'A conference with its venue, connection points and agenda' })
  get(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.view(actor, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Edit a draft conference (once scheduled, it changes by rescheduling)' })
  async edit(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: EditConferenceDto) {
    await this.editCommand.execute(actor, id, {
      ...b,
      startsAt: b.startsAt ? new Date(b.startsAt) : undefined,
      endsAt: b.endsAt ? new Date(b.endsAt) : undefined,
    });
    return this.view(actor, id);
  }

  @Post(':id/schedule')
  @HttpCode(200)
  @ApiOperation({ summary: 'Schedule (announce) a draft: conference-scheduled' })
  async schedule(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    await this.lifecycle.schedule(actor, id);
    return this.view(actor, id);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Move a scheduled conference (and its agenda) to another time or venue, with the reason: conference-rescheduled',
  })
  async reschedule(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: RescheduleDto) {
    await this.lifecycle.reschedule(actor, id, { ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) });
    return this.view(actor, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a draft or scheduled conference, with the reason: conference-cancelled' })
  async cancel(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: CancelDto) {
    await this.lifecycle.cancel(actor, id, b.reason);
    return this.view(actor, id);
  }

  @Post(':id/start')
  @HttpCode(200)
  @ApiOperation({ summary: 'The conference opens: conference-started' })
  async start(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    await this.lifecycle.start(actor, id);
    return this.view(actor, id);
  }

  @Post(':id/conclude')
  @HttpCode(200)
  @ApiOperation({ summary: 'The conference closes: conference-concluded' })
  async conclude(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    await this.lifecycle.conclude(actor, id);
    return this.view(actor, id);
  }
}
