import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListDraftsQuery {
  @ApiPropertyOptional({ enum: ['covenant-signing', 'award-announcement', 'conference-report'] })
  @IsOptional() @IsIn(['covenant-signing', 'award-announcement', 'conference-report'])
  kind?: string;

  @ApiPropertyOptional({ description: 'the covenant or conference the draft is about' })
  @IsOptional() @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ enum: ['draft', 'in_review', 'approved', 'published', 'rejected'] })
  @IsOptional() @IsIn(['draft', 'in_review', 'approved', 'published', 'rejected'])
  status?: string;

  @ApiPropertyOptional({ description: 'only drafts flagged "có thông tin mới"' })
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  newFacts?: boolean;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize = 20;
}
