import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListDraftsQuery {
  @ApiPropertyOptional({ enum: ['covenant-signing', 'award-announcement', 'conference-report'] })
  @IsOptional() @IsIn(['covenant-signing', 'award-announcement', 'conference-report'])
  kind?: string;

  @ApiPropertyOptional({ description: 'the covenant or conference the draft is about' })
  @IsOptional() @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize = 20;
}
