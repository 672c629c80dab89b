import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TENANT_PATTERN } from '@tdkt/auth';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

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

  @ApiPropertyOptional({
    example: 'province:son-la',
    description: 'the owning organization; needed only by a caller belonging to several (admin: any)',
  })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;
}
