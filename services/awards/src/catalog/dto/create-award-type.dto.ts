import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TENANT_PATTERN } from '@tdkt/auth';
import { AWARD_FAMILIES, RECIPIENT_KINDS } from '../domain/award-type';

export class CreateAwardTypeDto {
  @ApiProperty({ example: 'HUY_HIEU_HA_GIANG', description: 'upper-case letters, digits and _' })
  @IsString()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{1,59}$/, { message: 'code: letters, digits and _, starting with a letter (2–60)' })
  code!: string;

  @ApiProperty({ example: 'Huy hiệu “Vì sự nghiệp xây dựng và phát triển tỉnh Hà Giang”' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: AWARD_FAMILIES })
  @IsIn(AWARD_FAMILIES)
  family!: (typeof AWARD_FAMILIES)[number];

  @ApiProperty({ example: 'Chủ tịch UBND tỉnh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  conferringAuthority!: string;

  @ApiProperty({ enum: RECIPIENT_KINDS, isArray: true, example: ['individual'] })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(RECIPIENT_KINDS, { each: true })
  recipientKinds!: (typeof RECIPIENT_KINDS)[number][];

  @ApiProperty({
    example: 500,
    description: 'smaller is higher; the law catalog uses 100 (Huân chương Sao vàng) … 700; provincial badges 500–599',
  })
  @IsInt()
  @Min(0)
  @Max(100000)
  rank!: number;

  @ApiProperty({ example: 'Nghị quyết số 12/2023/NQ-HĐND tỉnh Hà Giang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  legalBasis!: string;

  @ApiProperty({ example: '2024-01-01' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validFrom: a date YYYY-MM-DD' })
  validFrom!: string;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'first day it no longer applies' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'validTo: a date YYYY-MM-DD' })
  validTo?: string;

  @ApiPropertyOptional({
    enum: ['title', 'object'],
    description: 'announced as a title in quotes, or as an object received',
  })
  @IsOptional()
  @IsIn(['title', 'object'])
  announceAs?: 'title' | 'object';

  @ApiProperty({ example: 'UBND tỉnh Hà Giang', description: 'the organization that owns this local type' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organization!: string;

  @ApiPropertyOptional({
    example: 'province:ha-giang',
    description: "the owning organization; by default the caller's only one",
  })
  @IsOptional()
  @Matches(TENANT_PATTERN, { message: 'tenant: an organization id such as province:ha-giang' })
  tenant?: string;
}
