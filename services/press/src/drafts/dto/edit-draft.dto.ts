import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class EditedParagraphDto {
  @ApiProperty({
    example: 'lead',
    description: 'keeps the provenance of the paragraph with this role; a new role adds a paragraph',
  })
  @IsString()
  @Matches(/^[a-z][a-z0-9:_-]{0,99}$/i)
  role!: string;

  @ApiProperty({ example: 'Sáng 29/2, UBND tỉnh Sơn La tổ chức Hội nghị …' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text!: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'ignored: what GET returns may be sent back as is; provenance follows the role',
  })
  @IsOptional()
  @IsArray()
  sources?: unknown[];
}

export class EditDraftDto {
  @ApiProperty({ example: 'Sơn La tổng kết công tác thi đua, khen thưởng năm 2023' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ type: [EditedParagraphDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => EditedParagraphDto)
  paragraphs!: EditedParagraphDto[];

  @ApiPropertyOptional({ description: 'the version edited; another version in between → 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number;
}

export class EditParagraphDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  baseVersion?: number;
}

export class MergeDto {
  @ApiPropertyOptional({
    type: [String],
    description: 'only these paragraphs (roles); default: every paragraph the new facts changed, and the title',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  roles?: string[];
}

export class TransitionDto {
  @ApiPropertyOptional({ description: 'required to reject' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class ExportQuery {
  @ApiPropertyOptional({ description: 'a version; default the current one' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}

export class ListDraftsStatus {
  @ApiPropertyOptional({ enum: ['draft', 'in_review', 'approved', 'published', 'rejected'] })
  @IsOptional()
  @IsIn(['draft', 'in_review', 'approved', 'published', 'rejected'])
  status?: string;
}
