import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min,
  ValidateNested,
} from 'class-validator';

export class PartyInput {
  @ApiProperty({ example: 'Tỉnh Hà Giang' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  unitName!: string;
}

export class TargetInput {
  @ApiProperty({ example: 'Tăng trưởng GRDP' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name!: string;

  @ApiProperty({ example: '%' })
  @IsString() @IsNotEmpty() @MaxLength(50)
  unit!: string;

  @ApiProperty({ example: 7.5 })
  @IsNumber()
  targetValue!: number;
}

export class CreateCovenantDto {
  @ApiProperty({ example: 'Giao ước thi đua năm 2024' })
  @IsString() @IsNotEmpty() @MaxLength(500)
  title!: string;

  @ApiProperty({ example: 'Cụm thi đua các tỉnh biên giới phía Bắc' })
  @IsString() @IsNotEmpty() @MaxLength(300)
  clusterName!: string;

  @ApiProperty({ example: 2024 })
  @IsInt() @Min(2000) @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: 'the conference where it will be signed' })
  @IsOptional() @IsUUID()
  conferenceId?: string;

  @ApiProperty({ type: [PartyInput] })
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => PartyInput)
  parties!: PartyInput[];

  @ApiProperty({ type: [TargetInput] })
  @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => TargetInput)
  targets!: TargetInput[];
}
