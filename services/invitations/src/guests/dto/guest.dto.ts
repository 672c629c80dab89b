import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TENANT_PATTERN } from '@tdkt/auth';
import { PageQuery } from '@tdkt/service-kit';

export class CreateGuestDto {
  @ApiPropertyOptional({
    example: 'province:son-la',
    description: 'the organization whose directory the guest joins; needed only by a caller belonging to several',
  })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;

  @ApiPropertyOptional({
    enum: ['person', 'collective'],
    default: 'person',
    description: 'a collective sends a representative named per invitation',
  })
  @IsOptional()
  @IsIn(['person', 'collective'])
  kind?: 'person' | 'collective';

  @ApiProperty({ example: 'Nguyễn Thái Hưng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({
    example: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'],
    description: 'several titles, as printed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles?: string[];

  @ApiPropertyOptional({ example: 'HĐND tỉnh Sơn La' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organization?: string;

  @ApiPropertyOptional({ example: 'hung.nt@sonla.gov.vn', description: 'where invitations go' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '0212 3852 000' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional({
    description: 'a central guest (first at cluster conferences); guessed from "Trung ương" when absent',
  })
  @IsOptional()
  @IsBoolean()
  central?: boolean;
}

export class UpdateGuestDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organization?: string;

  @ApiPropertyOptional({ description: 'an awardee waiting for an address is invited as soon as it is given' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  central?: boolean;
}

export class SearchGuestsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'part of the name, with or without diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class PrecedenceRuleDto {
  @ApiProperty({
    example: 'Phó Chủ tịch Thường trực UBND tỉnh',
    description: 'a title begins with this (case, diacritics and BTV/BCH/UBND/HĐND/MTTQ abbreviations ignored)',
  })
  @IsString()
  @MaxLength(300)
  pattern!: string;

  @ApiProperty({ example: 210, description: '0…999, smaller comes first' })
  @IsInt()
  @Min(0)
  @Max(999)
  rank!: number;
}

export class PrecedenceTableDto {
  @ApiProperty({ type: [PrecedenceRuleDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PrecedenceRuleDto)
  rules!: PrecedenceRuleDto[];
}

export class DefaultGuestsDto {
  @ApiProperty({
    description: 'the guests every conference of this organizer starts with (a draft list)',
    type: [String],
  })
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  guestIds!: string[];
}
