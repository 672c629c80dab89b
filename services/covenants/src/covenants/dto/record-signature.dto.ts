import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';

export class SignatoryInput {
  @ApiProperty({ example: 'Nguyễn Văn Sơn' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiProperty({ example: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'] })
  @IsArray() @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(300, { each: true })
  titles!: string[];
}

export class RecordSignatureDto {
  @ApiProperty({ description: 'the party (member unit) signing' })
  @IsUUID()
  partyId!: string;

  @ApiProperty({ type: SignatoryInput })
  @ValidateNested() @Type(() => SignatoryInput)
  signatory!: SignatoryInput;

  @ApiPropertyOptional({ description: 'when it was signed (ISO 8601); defaults to now' })
  @IsOptional() @IsISO8601({ strict: true })
  signedAt?: string;

  @ApiPropertyOptional({ example: 'Hội trường UBND tỉnh Hà Giang' })
  @IsOptional() @IsString() @MaxLength(300)
  place?: string;
}
