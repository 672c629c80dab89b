import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, Roles } from '@tdkt/auth';
import type { CeremonyFact } from '@tdkt/contracts';
import { CeremonyCommand } from './ceremony.command';
import { ConferenceQueries } from './conference.queries';
import type { RecordedCeremonyFact } from './domain/ceremony-fact';
import {
  AwardPresentationDto,
  HighlightDto,
  PresentationDto,
  PrizeDto,
  ResultDto,
  SpeechDto,
} from './dto/ceremony.dto';
import { READERS, WRITERS } from '../access';

const uuid = new ParseUUIDPipe();
/** The status line only: 201 for a new fact, 200 for one already known by its key. */
type StatusResponse = { status(code: number): unknown };

const view = (f: RecordedCeremonyFact) => ({
  key: f.key,
  position: f.position,
  ...f.fact,
  recordedAt: f.recordedAt.toISOString(),
});

/**
 * What is said and done at the ceremony, entered by the organizer: the press writes its results,
 * speeches, presentations, prizes and announced results from these facts only.
 */
@ApiTags('ceremony')
@Controller('conferences/:id/ceremony')
@Roles(...WRITERS)
export class CeremonyController {
  constructor(
    private readonly command: CeremonyCommand,
    private readonly queries: ConferenceQueries,
  ) {}

  private async record(
    actor: Actor,
    id: string,
    { key, ...fact }: { key?: string },
    kind: CeremonyFact['kind'],
    res: StatusResponse,
  ) {
    const { recorded, created } = await this.command.record(actor, id, { ...fact, kind } as CeremonyFact, key);
    res.status(created ? 201 : 200);
    return view(recorded);
  }

  @Post('highlights')
  @ApiOperation({
    summary: 'A highlight of the review report: a figure (label, value, unit, comparison) or a statement',
  })
  highlight(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: HighlightDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    return this.record(actor, id, b, 'highlight', res);
  }

  @Post('speeches')
  @ApiOperation({ summary: 'A speech: speaker with titles, kind, key points and tasks as the organizer sums them up' })
  speech(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: SpeechDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    return this.record(actor, id, b, 'speech', res);
  }

  @Post('presentations')
  @ApiOperation({ summary: 'An exemplary presentation (tham luận): presenter, unit, subject' })
  presentation(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: PresentationDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    return this.record(actor, id, b, 'presentation', res);
  }

  @Post('prizes')
  @ApiOperation({ summary: 'A prize given at the ceremony, with its money in đồng' })
  prize(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: PrizeDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    return this.record(actor, id, b, 'prize', res);
  }

  @Post('results')
  @ApiOperation({ summary: 'A result announced at the ceremony: a ranking, the units leading each bloc' })
  result(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: ResultDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    return this.record(actor, id, b, 'result', res);
  }

  @Post('award-presentations')
  @ApiOperation({
    summary: 'Who presented one award group (by its catalog code) and on whose behalf: the photo caption names them',
  })
  awardPresentation(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Body() b: AwardPresentationDto,
    @Res({ passthrough: true }) res: StatusResponse,
  ) {
    return this.record(actor, id, b, 'award-presentation', res);
  }

  @Get()
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every fact recorded of the ceremony, in the order entered' })
  async list(@CurrentActor() actor: Actor, @Param('id', uuid) id: string) {
    const items = await this.queries.ceremonyFacts(actor, id);
    return { items: items.map(view), total: items.length };
  }
}
