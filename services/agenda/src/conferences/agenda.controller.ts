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

const uuid = new ParseUUIDPipe();

@ApiTags('agenda')
@Controller('conferences/:id')
@UseInterceptors(IdempotencyInterceptor)
export class AgendaController {
  constructor(
    private readonly editing: AgendaEditingCommand,
    private readonly publisher: PublishAgendaCommand,
    private readonly movement: LaunchMovementCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  private view = async (id: string) => conferenceView(await this.queries.sheet(id));

  @Post('segments')
  @ApiIdempotencyKey()
  @ApiOperation({
    summary:
      'Insert a typed segment at its time; overlaps, hours outside the conference and busy presenters are refused',
  })
  async add(@Param('id', uuid) id: string, @Body() b: AddSegmentDto) {
    const { segment } = await this.editing.add(id, b);
    const view = await this.view(id);
    return { segment: view.segments.find((s) => s.id === segment.id), conference: view };
  }

  @Patch('segments/:segmentId')
  @ApiOperation({ summary: 'Change a segment: title, time, presenters, status (planned, done, skipped)' })
  async update(
    @Param('id', uuid) id: string,
    @Param('segmentId', uuid) segmentId: string,
    @Body() b: UpdateSegmentDto,
  ) {
    await this.editing.update(id, segmentId, b);
    return this.view(id);
  }

  @Delete('segments/:segmentId')
  @ApiOperation({ summary: 'Remove a segment' })
  async remove(@Param('id', uuid) id: string, @Param('segmentId', uuid) segmentId: string) {
    await this.editing.remove(id, segmentId);
    return this.view(id);
  }

  @Put('segments/order')
  @ApiOperation({
    summary:
      'Reorder: every segment id in the new order; lengths are kept and segments laid end to end from the first start',
  })
  async reorder(@Param('id', uuid) id: string, @Body() b: ReorderSegmentsDto) {
    await this.editing.reorder(id, b.segmentIds);
    return this.view(id);
  }

  @Post('agenda/versions')
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'Publish the next version of the agenda: agenda-published' })
  publish(@Param('id', uuid) id: string) {
    return this.publisher.execute(id);
  }

  @Get('agenda/versions')
  @ApiOperation({ summary: 'Published versions, latest first' })
  async versions(@Param('id', uuid) id: string, @Query() q: PageQuery) {
    const { items, total } = await this.queries.versions(id, q.page, q.pageSize);
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
  async launch(@Param('id', uuid) id: string, @Body() b: LaunchMovementDto) {
    const { announced } = await this.movement.execute(id, b);
    return { announced, conference: await this.view(id) };
  }

  @Post('award-presenters')
  @HttpCode(200)
  @ApiOperation({ summary: 'Who presents an award type (a guest), shown as "Đồng chí …, thừa ủy quyền của … trao …"' })
  async assignPresenter(@Param('id', uuid) id: string, @Body() b: AssignAwardPresenterDto) {
    await this.editing.assignAwardPresenter(id, b.awardTypeCode, b.guestId);
    return this.view(id);
  }
}
