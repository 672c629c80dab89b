import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { PageQuery } from '@tdkt/service-kit';
import { AgendaEditingCommand } from './agenda-editing.command';
import { ConferenceQueries } from './conference.queries';
import {
  AddSegmentDto,
  AssignAwardPresenterDto,
  LaunchMovementDto,
  ReorderSegmentsDto,
  UpdateSegmentDto,
} from './dto/agenda.dto';
import { conferenceView } from './dto/conference.view';
import { LaunchMovementCommand } from './launch-movement.command';
import { PublishAgendaCommand } from './publish-agenda.command';
import { READERS, WRITERS } from '../access';

const uuid = new ParseUUIDPipe();

@ApiTags('agenda')
@Controller('conferences/:id')
@Roles(...WRITERS)
@UseInterceptors(IdempotencyInterceptor)
export class AgendaController {
  constructor(
    private readonly editing: AgendaEditingCommand,
    private readonly publisher: PublishAgendaCommand,
    private readonly movement: LaunchMovementCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  private view = async (actor: Actor, id: string) => conferenceView(await this.queries.sheet(actor, id));

  @Post('segments')
  @ApiIdempotencyKey()
  @ApiOperation({
    summary:
      'Insert a typed segment at its time; overlaps, hours outside the conference and busy presenters are refused',
  })
  async add(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: AddSegmentDto) {
    const { segment } = await this.editing.add(actor, id, b);
    const view = await this.view(actor, id);
    return { segment: view.segments.find((s) => s.id === segment.id), conference: view };
  }

  @Patch('segments/:segmentId')
  @ApiOperation({ summary: 'Change a segment: title, time, presenters, status (planned, done, skipped)' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('segmentId', uuid) segmentId: string,
    @Body() b: UpdateSegmentDto,
  ) {
    await this.editing.update(actor, id, segmentId, b);
    return this.view(actor, id);
  }

  @Delete('segments/:segmentId')
  @ApiOperation({ summary: 'Remove a segment' })
  async remove(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Param('segmentId', uuid) segmentId: string,
  ) {
    await this.editing.remove(actor, id, segmentId);
    return this.view(actor, id);
  }

  @Put('segments/order')
  @ApiOperation({
    summary:
      'Reorder: every segment id in the new order; lengths are kept and segments laid end to end from the first start',
  })
  async reorder(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: ReorderSegmentsDto) {
    await this.editing.reorder(actor, id, b.segmentIds);
    return this.view(actor, id);
  }

  @Post('agenda/versions')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Publish the next version of the agenda: agenda-published' })
  publish(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    return this.publisher.execute(actor, id);
  }

  @Get('agenda/versions')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Published versions, latest first' })
  async versions(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Query() q: PageQuery) {
    const { items, total } = await this.queries.versions(actor, id, q.page, q.pageSize);
    return {
      items: items.map((v) => ({ version: v.version, publishedAt: v.publishedAt.toISOString(), segments: v.segments })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  @Post('movement')
  @HttpCode(200)
  @ApiOperation({ summary: "Record the launch of next year's movement (theme, launching official): movement-launched" })
  async launch(@CurrentActor() actor: Actor, @Param('id', uuid) id: string, @Body() b: LaunchMovementDto) {
    const { announced } = await this.movement.execute(actor, id, b);
    return { announced, conference: await this.view(actor, id) };
  }

  @Post('award-presenters')
  @HttpCode(200)
  @ApiOperation({ summary: 'Who presents an award type (a guest), shown as "Đồng chí …, thừa ủy quyền của … trao …"' })
  async assignPresenter(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: AssignAwardPresenterDto,
  ) {
    await this.editing.assignAwardPresenter(actor, id, b.awardTypeCode, b.guestId);
    return this.view(actor, id);
  }
}
