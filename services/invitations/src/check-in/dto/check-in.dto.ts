import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

export class SiteDto {
  @ApiProperty({ enum: ['venue', 'connection-point'], description: 'hội trường or điểm cầu' })
  @IsIn(['venue', 'connection-point'])
  kind!: 'venue' | 'connection-point';

  @ApiPropertyOptional({ description: 'the connection point (required for connection-point)' })
  @IsOptional()
  @IsUUID()
  siteId?: string;
}

export class CheckInDto {
  @ApiPropertyOptional({ description: 'the organizer checks a guest in by their invitation' })
  @IsOptional()
  @IsUUID()
  invitationId?: string;

  @ApiPropertyOptional({ description: "the text of the guest's QR code (a signed token from the invitation mail)" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  qrToken?: string;

  @ApiProperty({ type: SiteDto })
  @ValidateNested()
  @Type(() => SiteDto)
  site!: SiteDto;
}
