import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * The limits of every paginated list. `page` is capped so that an offset like `page=1e21`
 * (an integer to JavaScript) never reaches SQL: 10,000 pages of 100 are more than any list here
 * holds, and deeper browsing is what the filters are for.
 */
export const PAGE_LIMITS = { maxPage: 10_000, defaultPageSize: 20, maxPageSize: 100 } as const;

/**
 * Plain decimal digits become a number; anything else (`1e21`, `0x10`, `1.5`, ` 7`) stays a string
 * and fails @IsInt — Number() would take hex, exponents and blanks.
 */
const decimal = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : value;

/** `?page=&pageSize=` of every list endpoint; list queries extend it with their own filters. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', default: 1, minimum: 1, maximum: PAGE_LIMITS.maxPage })
  @IsOptional()
  @Transform(decimal)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMITS.maxPage)
  page = 1;

  @ApiPropertyOptional({
    type: 'integer',
    default: PAGE_LIMITS.defaultPageSize,
    minimum: 1,
    maximum: PAGE_LIMITS.maxPageSize,
  })
  @IsOptional()
  @Transform(decimal)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMITS.maxPageSize)
  pageSize: number = PAGE_LIMITS.defaultPageSize;
}

/** The page of a list held in memory, in the shape every list endpoint answers. */
export function pageOf<T>(items: T[], q: PageQuery): { items: T[]; page: number; pageSize: number; total: number } {
  return {
    items: items.slice((q.page - 1) * q.pageSize, q.page * q.pageSize),
    page: q.page,
    pageSize: q.pageSize,
    total: items.length,
  };
}
