import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateVenueDto {
  @ApiProperty({ example: 'Hội trường Trung tâm Hội nghị tỉnh Sơn La' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'Số 2 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string;
}
