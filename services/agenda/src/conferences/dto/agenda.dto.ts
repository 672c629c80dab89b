import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SEGMENT_KINDS, type SegmentKind } from '@tdkt/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
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
import { SEGMENT_STATUSES, type SegmentStatus } from '../domain/segment';

const hours = 'local time of day HH:mm, 00:00–23:59, in the conference time zone';

export class AddSegmentDto {
  @ApiProperty({ enum: SEGMENT_KINDS, example: 'review-report' })
  @IsIn(SEGMENT_KINDS)
  kind!: SegmentKind;

  @ApiPropertyOptional({ description: 'defaults to the usual Vietnamese title of the kind' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({
    description: 'local date YYYY-MM-DD; defaults to the first day of the conference',
    example: '2024-02-29',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  date?: string;

  @ApiProperty({ description: hours, example: '08:15' })
  @IsString()
  @MaxLength(8)
  startTime!: string;

  @ApiProperty({ description: hours, example: '09:00' })
  @IsString()
  @MaxLength(8)
  endTime!: string;

  @ApiPropertyOptional({ type: [String], description: 'guests of this conference (POST /conferences/{id}/guests)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  presenterGuestIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class UpdateSegmentDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ example: '2024-02-29' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  date?: string;

  @ApiPropertyOptional({ description: hours })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  startTime?: string;

  @ApiPropertyOptional({ description: hours })
  @IsOptional()
  @IsString()
  @MaxLength(8)
  endTime?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  presenterGuestIds?: string[];

  @ApiPropertyOptional({ enum: SEGMENT_STATUSES })
  @IsOptional()
  @IsIn(SEGMENT_STATUSES)
  status?: SegmentStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class ReorderSegmentsDto {
  @ApiProperty({ type: [String], description: 'every segment id, in the new order' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  segmentIds!: string[];
}

export class AddGuestDto {
  @ApiPropertyOptional({ description: 'the person across conferences (the guest registry id); generated when absent' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ example: 'Nguyễn Hữu Đông' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: ['Ủy viên BCH Trung ương Đảng', 'Bí thư Tỉnh ủy Sơn La'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles!: string[];

  @ApiPropertyOptional({ example: 'Tỉnh ủy Sơn La' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organization?: string;
}

export class TechnicalContactInput {
  @ApiProperty({ example: 'Lò Văn Hùng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: '0912 345 678' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  email?: string;
}

export class AddConnectionPointDto {
  @ApiProperty({ example: 'UBND huyện Mộc Châu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  hostUnit!: string;

  @ApiProperty({ example: 'Hội trường UBND huyện Mộc Châu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  location!: string;

  @ApiPropertyOptional({ type: TechnicalContactInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => TechnicalContactInput)
  technicalContact?: TechnicalContactInput;

  @ApiPropertyOptional({ example: 80 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  expectedAttendees?: number;
}

export class LaunchMovementDto {
  @ApiProperty({ example: 'Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  theme!: string;

  @ApiPropertyOptional({ example: 'Phong trào thi đua năm 2024' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  movementName?: string;

  @ApiProperty({ description: 'the launching official, a guest of this conference' })
  @IsUUID()
  launchedByGuestId!: string;
}

export class AssignAwardPresenterDto {
  @ApiProperty({ example: 'huan-chuong-lao-dong-hang-ba' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  awardTypeCode!: string;

  @ApiProperty({ description: 'the presenter, a guest of this conference' })
  @IsUUID()
  guestId!: string;
}
