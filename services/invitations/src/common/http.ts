import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The Idempotency-Key header as every creating POST documents it. */
export const idempotencyKeyHeader = {
  name: 'Idempotency-Key',
  required: false,
  description: 'a retry with the same key and body returns the first answer instead of creating again',
};

export class PageQuery {
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  pageSize = 50;
}

export const page = <T>(items: T[], q: PageQuery) => ({ items: items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), page: q.page, pageSize: q.pageSize, total: items.length });
