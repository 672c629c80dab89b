import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@tdkt/service-kit';

export class ListDraftsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['covenant-signing', 'award-announcement', 'conference-report'] })
  @IsOptional()
  @IsIn(['covenant-signing', 'award-announcement', 'conference-report'])
  kind?: string;

  @ApiPropertyOptional({ description: 'the covenant or conference the draft is about' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiPropertyOptional({ enum: ['draft', 'in_review', 'approved', 'published', 'rejected'] })
  @IsOptional()
  @IsIn(['draft', 'in_review', 'approved', 'published', 'rejected'])
  status?: string;

  @ApiPropertyOptional({ description: 'only drafts flagged "có thông tin mới"' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  newFacts?: boolean;
}
