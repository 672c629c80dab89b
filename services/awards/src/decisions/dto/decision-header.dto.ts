import { TENANT_PATTERN } from '@tdkt/auth';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class SignerInput {
  @ApiProperty({ example: 'Nguyễn Văn Sơn' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: ['Chủ tịch UBND tỉnh Hà Giang'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles!: string[];
}

/** What every decision has: "Quyết định số 231/QĐ-TTg ngày 05/02/2024 của Thủ tướng Chính phủ", its signer. */
export class DecisionCoreDto {
  @ApiProperty({
    example: '231/QĐ-UBND',
    description: 'the decision number (số quyết định); unique per authority and year',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  number!: string;

  @ApiProperty({ example: '2024-02-05', description: 'the date it was signed (YYYY-MM-DD)' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date: a date YYYY-MM-DD' })
  date!: string;

  @ApiProperty({
    example: 'Chủ tịch UBND tỉnh Hà Giang',
    description: 'the authority that decided (cơ quan, người có thẩm quyền)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  authority!: string;

  @ApiProperty({ type: SignerInput })
  @ValidateNested()
  @Type(() => SignerInput)
  signer!: SignerInput;

  @ApiPropertyOptional({
    example: 'province:ha-giang',
    description: "the organization the decision belongs to; by default the caller's only one",
  })
  @IsOptional()
  @Matches(TENANT_PATTERN, { message: 'tenant: an organization id such as province:ha-giang' })
  tenant?: string;
}

export class DecisionHeaderDto extends DecisionCoreDto {
  @ApiPropertyOptional({ example: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2023' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @ApiPropertyOptional({ description: 'the conference where the awards will be presented' })
  @IsOptional()
  @IsUUID()
  conferenceId?: string;
}
