import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RECIPIENT_KINDS, type RecipientKind } from '../../catalog/domain/award-type';
import { PageQuery } from '@tdkt/service-kit';

export class RegisterRecipientDto {
  @ApiProperty({ enum: RECIPIENT_KINDS, description: 'cá nhân / tập thể / hộ gia đình' })
  @IsIn(RECIPIENT_KINDS)
  kind!: RecipientKind;

  @ApiProperty({ example: 'Nguyễn Thị Hà' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: ['Trưởng phòng Tổ chức cán bộ'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles?: string[];

  @ApiPropertyOptional({
    example: 'Sở Nội vụ tỉnh Hà Giang',
    description: "a person's unit, a collective's parent unit, a household's commune",
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  unit?: string;
}

export class HoldDto {
  @ApiProperty({ example: 'Đang bị thanh tra theo Quyết định số 12/QĐ-TTr', description: 'why awards are suspended' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class SearchRecipientsQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'nguyen thi ha', description: 'part of the name, with or without diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: RECIPIENT_KINDS })
  @IsOptional()
  @IsIn(RECIPIENT_KINDS)
  kind?: string;

  @ApiPropertyOptional({ description: 'part of the unit, with or without diacritics' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  unit?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  onHold?: boolean;
}
