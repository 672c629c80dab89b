import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { COVENANT_STATUSES } from '../domain/covenant-status';
import { PageQuery } from '@tdkt/service-kit';

export class ListCovenantsQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  clusterId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: COVENANT_STATUSES })
  @IsOptional()
  @IsIn(COVENANT_STATUSES)
  status?: string;
}
