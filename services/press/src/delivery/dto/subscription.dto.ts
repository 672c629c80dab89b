import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TENANT_PATTERN } from '@tdkt/auth';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
} from 'class-validator';

const KINDS = ['covenant-signing', 'award-announcement', 'conference-report'];

export class CreateSubscriptionDto {
  @ApiProperty({ example: 'Báo Sơn La', description: 'the press office (cơ quan báo chí)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  pressOffice!: string;

  @ApiProperty({
    type: [String],
    example: ['UBND tỉnh Sơn La'],
    description: 'organizer or cluster names / ids; empty: all',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  organizations!: string[];

  @ApiProperty({ enum: KINDS, isArray: true, description: 'kinds of draft; empty: all' })
  @IsArray()
  @IsIn(KINDS, { each: true })
  kinds!: string[];

  @ApiPropertyOptional({
    example: 'https://baosonla.vn/hooks/press',
    description:
      'receives each publication (Standard Webhooks); https, and only public addresses: loopback, private, link-local… and internal names are refused (422)',
  })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  webhookUrl?: string;

  @ApiPropertyOptional({
    example: 'press:bao-son-la',
    description: "the press office (tenant) it belongs to; by default the caller's only tenant",
  })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;
}
