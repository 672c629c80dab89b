import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DIRECTIONS, type Direction } from '../domain/targets';

export class TargetInput {
  @ApiProperty({ example: 'Tăng trưởng GRDP' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ example: '%', description: 'đơn vị tính' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  unit!: string;

  @ApiProperty({
    example: 7.5,
    minimum: 0,
    description: 'decreases are written as positive amounts with direction "lower"',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  targetValue!: number;

  @ApiPropertyOptional({
    enum: DIRECTIONS,
    default: 'higher',
    description: 'higher: more is better; lower: less is better',
  })
  @IsOptional()
  @IsIn(DIRECTIONS)
  direction?: Direction;

  @ApiProperty({ example: 40, minimum: 0, maximum: 100, description: "the targets' weights add up to 100" })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  weight!: number;
}
