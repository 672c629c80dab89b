import { TENANT_PATTERN } from '@tdkt/auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** The decision's header as multipart form fields beside the `file` (XLSX or CSV). */
export class ImportDecisionDto {
  @ApiProperty({ example: '1234/QĐ-UBND' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  number!: string;

  @ApiProperty({ example: '2024-01-25' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date: a date YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: 'Chủ tịch UBND tỉnh Hà Giang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  authority!: string;

  @ApiProperty({ example: 'Nguyễn Văn Sơn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signerName!: string;

  @ApiPropertyOptional({ example: 'Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh', description: 'titles separated by ";"' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  signerTitles?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  conferenceId?: string;

  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: 'the award list (.xlsx or UTF-8 .csv): one row per recipient',
  })
  @IsOptional()
  file?: unknown;

  @ApiPropertyOptional({
    example: 'province:ha-giang',
    description: "the organization the decision belongs to; by default the caller's only one",
  })
  @IsOptional()
  @Matches(TENANT_PATTERN, { message: 'tenant: an organization id such as province:ha-giang' })
  tenant?: string;
}
