import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorFrom } from './actor';
import { DraftWorkflowCommand } from './draft-workflow.command';
import { draftView } from './dto/draft.view';
import { EditDraftDto, EditParagraphDto, MergeDto, TransitionDto } from './dto/edit-draft.dto';
import { EditDraftCommand } from './edit-draft.command';
import type { WorkflowAction } from './domain/workflow';

type Headers_ = Record<string, string | string[] | undefined>;

/** Editing and the workflow; the actor comes from x-actor / x-role (set by the gateway). */
@ApiTags('drafts')
@Controller('drafts/:id')
export class DraftEditingController {
  constructor(
    private readonly editing: EditDraftCommand,
    private readonly workflow: DraftWorkflowCommand,
  ) {}

  @Put()
  @ApiOperation({
    summary: 'Edit the whole draft (press officer or lead): a new version; new facts are then only flagged',
  })
  async edit(@Param('id', new ParseUUIDPipe()) id: string, @Headers() h: Headers_, @Body() dto: EditDraftDto) {
    return draftView(await this.editing.edit(id, actorFrom(h), dto), { diff: true });
  }

  @Patch('paragraphs/:role')
  @ApiOperation({ summary: 'Edit one paragraph (a new role adds one at the end)' })
  async editParagraph(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('role') role: string,
    @Headers() h: Headers_,
    @Body() dto: EditParagraphDto,
  ) {
    return draftView(await this.editing.editParagraph(id, actorFrom(h), role, dto.text, dto.baseVersion), {
      diff: true,
    });
  }

  @Post('merge')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Take the new information in: changed paragraphs get the regenerated text, the editor keeps the rest',
  })
  async merge(@Param('id', new ParseUUIDPipe()) id: string, @Headers() h: Headers_, @Body() dto: MergeDto) {
    return draftView(await this.editing.merge(id, actorFrom(h), dto.roles), { diff: true });
  }

  @Post('submit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Submit for review (press officer or lead): draft or rejected → in review' })
  submit(@Param('id', new ParseUUIDPipe()) id: string, @Headers() h: Headers_, @Body() dto: TransitionDto) {
    return this.step(id, 'submit', h, dto);
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (press lead): in review → approved; announces press.draft-approved.v1' })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @Headers() h: Headers_, @Body() dto: TransitionDto) {
    return this.step(id, 'approve', h, dto);
  }

  @Post('reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a comment (press lead): in review → rejected' })
  reject(@Param('id', new ParseUUIDPipe()) id: string, @Headers() h: Headers_, @Body() dto: TransitionDto) {
    return this.step(id, 'reject', h, dto);
  }

  @Post('publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish (press lead): approved → published; announces press.draft-published.v1 and queues the webhooks',
  })
  publish(@Param('id', new ParseUUIDPipe()) id: string, @Headers() h: Headers_, @Body() dto: TransitionDto) {
    return this.step(id, 'publish', h, dto);
  }

  private async step(id: string, action: WorkflowAction, h: Headers_, dto: TransitionDto) {
    return draftView(await this.workflow.execute(id, action, actorFrom(h), dto.comment), { diff: true });
  }
}
