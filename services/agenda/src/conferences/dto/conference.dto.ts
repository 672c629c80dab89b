import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFERENCE_FORMATS, CONFERENCE_KINDS, type ConferenceFormat, type ConferenceKind } from '@tdkt/contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TENANT_PATTERN } from '@tdkt/auth';
import { PageQuery } from '@tdkt/service-kit';
import { DEFAULT_TIME_ZONE } from '@tdkt/vietnamese';

/** An instant with its offset: "2024-02-29T08:00:00+07:00" (never a bare local time the server would guess). */
const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;
const offsetMessage = { message: '$property must carry a UTC offset, e.g. 2024-02-29T08:00:00+07:00' };

export class OrganizerInput {
  @ApiPropertyOptional({ description: 'the organization (UBND tỉnh, cluster, bloc) in the organizations registry' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: 'UBND tỉnh Sơn La' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;
}

export class CreateConferenceDto {
  @ApiPropertyOptional({ description: 'an id chosen by the client (an import keeping ids); generated when absent' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiPropertyOptional({
    example: 'province:son-la',
    description: 'the owning organization; needed only by a caller belonging to several (admin: any)',
  })
  @IsOptional()
  @Matches(TENANT_PATTERN)
  tenant?: string;

  @ApiProperty({ type: OrganizerInput })
  @ValidateNested()
  @Type(() => OrganizerInput)
  organizer!: OrganizerInput;

  @ApiProperty({ enum: CONFERENCE_KINDS, example: 'provincial-review' })
  @IsIn(CONFERENCE_KINDS)
  kind!: ConferenceKind;

  @ApiPropertyOptional({ description: 'full Vietnamese title; suggested from kind and years when absent' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  yearReviewed!: number;

  @ApiProperty({ example: 2024 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  yearLaunched!: number;

  @ApiPropertyOptional({ enum: [DEFAULT_TIME_ZONE], default: DEFAULT_TIME_ZONE })
  @IsOptional()
  @IsIn([DEFAULT_TIME_ZONE])
  timeZone?: string;

  @ApiProperty({ example: '2024-02-29T08:00:00+07:00' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, offsetMessage)
  startsAt!: string;

  @ApiProperty({ example: '2024-02-29T11:30:00+07:00' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, offsetMessage)
  endsAt!: string;

  @ApiProperty({ enum: CONFERENCE_FORMATS, example: 'hybrid' })
  @IsIn(CONFERENCE_FORMATS)
  format!: ConferenceFormat;

  @ApiPropertyOptional({
    description: 'the venue (POST /venues); required to schedule an in-person or hybrid conference',
  })
  @IsOptional()
  @IsUUID()
  venueId?: string;
}

export class EditConferenceDto {
  @ApiPropertyOptional({ type: OrganizerInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizerInput)
  organizer?: OrganizerInput;

  @ApiPropertyOptional({ enum: CONFERENCE_KINDS })
  @IsOptional()
  @IsIn(CONFERENCE_KINDS)
  kind?: ConferenceKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  yearReviewed?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  yearLaunched?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, offsetMessage)
  startsAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, offsetMessage)
  endsAt?: string;

  @ApiPropertyOptional({ enum: CONFERENCE_FORMATS })
  @IsOptional()
  @IsIn(CONFERENCE_FORMATS)
  format?: ConferenceFormat;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  venueId?: string;
}

export class RescheduleDto {
  @ApiProperty({ example: '2024-03-01T08:00:00+07:00' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, offsetMessage)
  startsAt!: string;

  @ApiProperty({ example: '2024-03-01T11:30:00+07:00' })
  @IsISO8601({ strict: true })
  @Matches(WITH_OFFSET, offsetMessage)
  endsAt!: string;

  @ApiProperty({ example: 'Trùng lịch làm việc của Ban Thường vụ Tỉnh ủy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ description: 'another venue, if it moves' })
  @IsOptional()
  @IsUUID()
  venueId?: string;
}

export class CancelDto {
  @ApiProperty({ example: 'Thay đổi kế hoạch theo chỉ đạo của UBND tỉnh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ListConferencesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['draft', 'scheduled', 'in_progress', 'concluded', 'cancelled'] })
  @IsOptional()
  @IsIn(['draft', 'scheduled', 'in_progress', 'concluded', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({ description: 'the year under review' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}
