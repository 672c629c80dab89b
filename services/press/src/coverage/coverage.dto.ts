import { ApiProperty } from '@nestjs/swagger';
import { TENANT_PATTERN } from '@tdkt/auth';
import { ArrayMaxSize, IsArray, IsString, Matches } from 'class-validator';

export class CoverageDto {
  @ApiProperty({
    type: [String],
    example: ['province:ha-giang', 'cluster:bien-gioi-phia-bac'],
    description: 'the tenants (provinces, clusters) whose drafts the press office works on; replaces the list',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @IsString({ each: true })
  @Matches(TENANT_PATTERN, { each: true })
  covers!: string[];
}
