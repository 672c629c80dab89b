import { Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorFrom } from '../drafts/actor';
import { checkRole } from '../drafts/domain/workflow';
import { ReadModelRebuild } from './read-model-rebuild';

@ApiTags('admin')
@Controller('admin/read-model')
export class RebuildController {
  constructor(private readonly rebuild: ReadModelRebuild) {}

  @Post('rebuild')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Rebuild the read model from the topics, from the beginning (press lead); drafts regenerate and stay the same',
  })
  async run(@Headers() h: Record<string, string | string[] | undefined>) {
    checkRole('rebuild the read model', actorFrom(h), ['press-lead']);
    return this.rebuild.run();
  }
}
