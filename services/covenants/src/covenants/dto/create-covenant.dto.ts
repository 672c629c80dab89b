import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { IsCalendarDate } from '../../common/http/is-calendar-date';
import { MAX_TARGETS } from '../domain/targets';
import { TargetInput } from './target.input';

export class PartyInput {
  @ApiProperty({ example: 'Tỉnh Hà Giang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  unitName!: string;
}

export class CreateCovenantDto {
  @ApiProperty({ example: 'Giao ước thi đua năm 2024' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'the cluster or bloc (cụm / khối thi đua) whose members sign' })
  @IsUUID()
  clusterId!: string;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({
    example: '2024-03-05',
    description: 'the date on which the parties are members; default: today, kept within the year',
  })
  @IsOptional()
  @IsCalendarDate()
  membersOn?: string;

  @ApiPropertyOptional({ description: 'the conference where it will be signed (from the agenda)' })
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiPropertyOptional({ type: [PartyInput], description: "default: the cluster's members on membersOn" })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PartyInput)
  parties?: PartyInput[];

  @ApiPropertyOptional({ type: [TargetInput], description: 'may be added later (typed in or imported)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => TargetInput)
  targets?: TargetInput[];
}

export class UpdatePartiesDto {
  @ApiProperty({ type: [PartyInput] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PartyInput)
  parties!: PartyInput[];
}

export class ReplaceTargetsDto {
  @ApiProperty({ type: [TargetInput] })
  @IsArray()
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => TargetInput)
  targets!: TargetInput[];
}

export class ReasonDto {
  @ApiProperty({ example: 'Đơn vị ký nhầm người đại diện' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class AmendCovenantDto extends ReasonDto {
  @ApiPropertyOptional({ example: 'Giao ước thi đua năm 2024 (sửa đổi, bổ sung)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiPropertyOptional({ type: [TargetInput], description: 'default: the same targets' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_TARGETS)
  @ValidateNested({ each: true })
  @Type(() => TargetInput)
  targets?: TargetInput[];
}
