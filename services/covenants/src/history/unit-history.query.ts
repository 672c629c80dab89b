import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '@tdkt/service-kit';

export class UnitHistoryQuery extends PageQuery {
  @ApiProperty({ example: 'Tỉnh Hà Giang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  unitName!: string;
}
