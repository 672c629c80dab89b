import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { SIGNING_MODES, type SigningMode } from '../domain/signature';

export class SignatoryInput {
  @ApiProperty({ example: 'Nguyễn Văn Sơn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh Hà Giang'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles!: string[];
}

export class RecordSignatureDto {
  @ApiProperty({ description: 'the party (member unit) the signatory signs for' })
  @IsUUID()
  partyId!: string;

  @ApiProperty({ type: SignatoryInput })
  @ValidateNested()
  @Type(() => SignatoryInput)
  signatory!: SignatoryInput;

  @ApiPropertyOptional({ description: 'when it was signed (ISO 8601); defaults to now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  signedAt?: string;

  @ApiPropertyOptional({ example: 'Hội trường UBND tỉnh Hà Giang' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string;

  @ApiPropertyOptional({ enum: SIGNING_MODES, default: 'at-conference', description: 'at the conference, or remotely' })
  @IsOptional()
  @IsIn(SIGNING_MODES)
  mode?: SigningMode;

  @ApiPropertyOptional({
    type: SignatoryInput,
    description: 'thừa ủy quyền: the person on whose authority the signatory signs',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SignatoryInput)
  onBehalfOf?: SignatoryInput;
}
