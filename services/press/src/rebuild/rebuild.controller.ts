import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@tdkt/auth';
import { ReadModelRebuild } from './read-model-rebuild';

@ApiTags('admin')
@Controller('admin/read-model')
export class RebuildController {
  constructor(private readonly rebuild: ReadModelRebuild) {}

  @Post('rebuild')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Rebuild the read model from the topics, from the beginning (admin); drafts regenerate and stay the same',
  })
  async run() {
    return this.rebuild.run();
  }
}
