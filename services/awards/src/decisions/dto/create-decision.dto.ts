import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RECIPIENT_KINDS, type RecipientKind } from '../../catalog/domain/award-type';
import { DecisionHeaderDto } from './decision-header.dto';

export const MAX_RECIPIENTS = 20_000;

export class DecisionRecipientInput {
  @ApiPropertyOptional({ description: 'an existing recipient; otherwise found (or registered) by kind, name and unit' })
  @IsOptional()
  @IsUUID()
  recipientId?: string;

  @ApiProperty({ enum: RECIPIENT_KINDS })
  @IsIn(RECIPIENT_KINDS)
  kind!: RecipientKind;

  @ApiProperty({ example: 'Sở Nội vụ tỉnh Hà Giang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: ['Giám đốc Sở Nội vụ'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles?: string[];

  @ApiPropertyOptional({ example: 'UBND tỉnh Hà Giang' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  unit?: string;

  @ApiProperty({
    example: 'BANG_KHEN_CHU_TICH_UBND_TINH',
    description: 'catalog code or exact name, valid on the decision date',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  awardType!: string;

  @ApiPropertyOptional({ description: "the achievement (thành tích); defaults to the decision's reason" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  achievement?: string;

  @ApiPropertyOptional({ example: 2023, description: "the year of the achievement; defaults to the decision's year" })
  @IsOptional()
  @IsInt()
  @Min(1945)
  @Max(2100)
  achievementYear?: number;

  @ApiPropertyOptional({ description: 'truy tặng' })
  @IsOptional()
  @IsBoolean()
  posthumous?: boolean;
}

export class CreateDecisionDto extends DecisionHeaderDto {
  @ApiProperty({ type: [DecisionRecipientInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  @ValidateNested({ each: true })
  @Type(() => DecisionRecipientInput)
  recipients!: DecisionRecipientInput[];
}
