import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@tdkt/service-kit';

export class ListAwardsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  recipientId?: string;

  @ApiPropertyOptional({ description: "part of the recipient's unit, with or without diacritics" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unit?: string;

  @ApiPropertyOptional({ description: "the decision's year" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: 'BANG_KHEN_THU_TUONG' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  awardType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  decisionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiPropertyOptional({ enum: ['conferred', 'revoked'] })
  @IsOptional()
  @IsIn(['conferred', 'revoked'])
  status?: string;
}

export class ListDecisionsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'part of the authority, with or without diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  authority?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiPropertyOptional({ enum: ['conferment', 'revocation'] })
  @IsOptional()
  @IsIn(['conferment', 'revocation'])
  kind?: string;
}

export class StatisticsQuery {
  @ApiPropertyOptional({ description: 'the awards to be presented at this conference' })
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiPropertyOptional({ description: 'the awards decided in this year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2100)
  year?: number;
}
