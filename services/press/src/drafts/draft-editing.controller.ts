import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '@tdkt/auth';
import { CoverageRepository } from '../coverage/coverage.repository';
import { DraftWorkflowCommand } from './draft-workflow.command';
import { draftView } from './dto/draft.view';
import { EditDraftDto, EditParagraphDto, MergeDto, TransitionDto } from './dto/edit-draft.dto';
import { EditDraftCommand, type Editor } from './edit-draft.command';
import type { WorkflowAction } from './domain/workflow';

/**
 * Editing and the workflow, by the verified caller: press officers and leads edit and submit the
 * drafts of their tenants and of what their press office covers; only a press lead approves,
 * rejects and publishes, and never a draft they submitted themselves (four eyes).
 */
@ApiTags('drafts')
@Controller('drafts/:id')
export class DraftEditingController {
  constructor(
    private readonly editing: EditDraftCommand,
    private readonly workflow: DraftWorkflowCommand,
    private readonly coverage: CoverageRepository,
  ) {}

  @Put()
  @Roles('press-officer', 'press-lead')
  @ApiOperation({
    summary: 'Edit the whole draft (press officer or lead): a new version; new facts are then only flagged',
  })
  async edit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body() dto: EditDraftDto) {
    return draftView(await this.editing.edit(id, await this.editor(actor), dto), { diff: true });
  }

  @Patch('paragraphs/:role')
  @Roles('press-officer', 'press-lead')
  @ApiOperation({ summary: 'Edit one paragraph (press officer or lead; a new role adds one at the end)' })
  async editParagraph(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('role') role: string,
    @CurrentActor() actor: Actor,
    @Body() dto: EditParagraphDto,
  ) {
    const editor = await this.editor(actor);
    return draftView(await this.editing.editParagraph(id, editor, role, dto.text, dto.baseVersion), { diff: true });
  }

  @Post('merge')
  @HttpCode(200)
  @Roles('press-officer', 'press-lead')
  @ApiOperation({
    summary:
      'Take the new information in (press officer or lead): changed paragraphs get the regenerated text, the editor keeps the rest',
  })
  async merge(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body() dto: MergeDto) {
    return draftView(await this.editing.merge(id, await this.editor(actor), dto.roles), { diff: true });
  }

  @Post('submit')
  @HttpCode(200)
  @Roles('press-officer', 'press-lead')
  @ApiOperation({ summary: 'Submit for review (press officer or lead): draft or rejected → in review' })
  submit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body() dto: TransitionDto) {
    return this.step(id, 'submit', actor, dto);
  }

  @Post('approve')
  @HttpCode(200)
  @Roles('press-lead')
  @ApiOperation({
    summary:
      'Approve (press lead, not the one who submitted it): in review → approved; announces press.draft-approved.v1',
  })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body() dto: TransitionDto) {
    return this.step(id, 'approve', actor, dto);
  }

  @Post('reject')
  @HttpCode(200)
  @Roles('press-lead')
  @ApiOperation({ summary: 'Reject with a comment (press lead): in review → rejected' })
  reject(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body() dto: TransitionDto) {
    return this.step(id, 'reject', actor, dto);
  }

  @Post('publish')
  @HttpCode(200)
  @Roles('press-lead')
  @ApiOperation({
    summary: 'Publish (press lead): approved → published; announces press.draft-published.v1 and queues the webhooks',
  })
  publish(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor, @Body() dto: TransitionDto) {
    return this.step(id, 'publish', actor, dto);
  }

  private async step(id: string, action: WorkflowAction, actor: Actor, dto: TransitionDto) {
    return draftView(await this.workflow.execute(id, action, await this.editor(actor), dto.comment), { diff: true });
  }

  private async editor(actor: Actor): Promise<Editor> {
    return { actor, scope: await this.coverage.scope(actor) };
  }
}
