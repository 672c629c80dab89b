import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PERIODS, type Period } from '../domain/results';

export class ResultValueInput {
  @ApiProperty({ description: "one of the covenant's targets[].id" })
  @IsUUID()
  targetId!: string;

  @ApiProperty({ example: 7.8, description: 'the figure achieved, in the target’s unit' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  actual!: number;

  @ApiPropertyOptional({ example: 'Số liệu ước thực hiện đến 15/12' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class RecordResultsDto {
  @ApiProperty({
    enum: PERIODS,
    description: 'mid-year: sơ kết 6 tháng (self-report); year-end: tổng kết năm (scored)',
  })
  @IsIn(PERIODS)
  period!: Period;

  @ApiProperty({ description: 'the member (party) the results are for' })
  @IsUUID()
  partyId!: string;

  @ApiProperty({ type: [ResultValueInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ResultValueInput)
  values!: ResultValueInput[];
}

export class EvaluateDto {
  @ApiPropertyOptional({
    description: 'when several units share the first rank: the one the cluster chose as leading unit',
  })
  @IsOptional()
  @IsUUID()
  leadingPartyId?: string;
}

export class ResultsQuery {
  @ApiPropertyOptional({ enum: PERIODS, default: 'year-end' })
  @IsOptional()
  @IsIn(PERIODS)
  period: Period = 'year-end';
}
