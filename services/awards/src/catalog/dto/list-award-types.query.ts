import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AWARD_FAMILIES, RECIPIENT_KINDS } from '../domain/award-type';

export class ListAwardTypesQuery {
  @ApiPropertyOptional({ example: '2024-02-05', description: 'only the types valid on this date; all versions when absent' })
  @IsOptional() @IsISO8601({ strict: true })
  validOn?: string;

  @ApiPropertyOptional({ enum: AWARD_FAMILIES }) @IsOptional() @IsIn(AWARD_FAMILIES)
  family?: string;

  @ApiPropertyOptional({ enum: RECIPIENT_KINDS }) @IsOptional() @IsIn(RECIPIENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'part of the code or name' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  pageSize = 50;
}
