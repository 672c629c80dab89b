import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { AWARD_FAMILIES, RECIPIENT_KINDS } from '../domain/award-type';
import { PageQuery } from '@tdkt/service-kit';

export class ListAwardTypesQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '2024-02-05',
    description: 'only the types valid on this date; all versions when absent',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  validOn?: string;

  @ApiPropertyOptional({ enum: AWARD_FAMILIES })
  @IsOptional()
  @IsIn(AWARD_FAMILIES)
  family?: string;

  @ApiPropertyOptional({ enum: RECIPIENT_KINDS })
  @IsOptional()
  @IsIn(RECIPIENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'part of the code or name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
