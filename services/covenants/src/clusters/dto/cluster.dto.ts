import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TENANT_PATTERN } from '@tdkt/auth';
import { IsCalendarDate } from '../../common/http/is-calendar-date';
import { LEADER_ROLES, type ClusterKind, type LeaderRole } from '../domain/leadership';
import { PageQuery } from '@tdkt/service-kit';

export class MemberInput {
  @ApiProperty({ example: 'Tỉnh Hà Giang' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  unitName!: string;

  @ApiProperty({ example: '2020-01-01', description: 'member from this date (YYYY-MM-DD)' })
  @IsCalendarDate()
  joinedOn!: string;
}

export class CreateClusterDto {
  @ApiProperty({ example: 'Cụm thi đua các tỉnh biên giới phía Bắc' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({ enum: ['cum', 'khoi'], description: 'cụm (cluster of peer units) or khối (bloc of like agencies)' })
  @IsIn(['cum', 'khoi'])
  kind!: ClusterKind;

  @ApiProperty({
    example: 'Hội đồng Thi đua - Khen thưởng Trung ương',
    description: 'who organises it: a UBND tỉnh, a ministry, a mass organisation ...',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  organizingBody!: string;

  @ApiPropertyOptional({ type: [MemberInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => MemberInput)
  members?: MemberInput[];

  @ApiPropertyOptional({
    example: 'cluster:bien-gioi-phia-bac',
    description: "the owning organization; by default the caller's only one",
  })
  @IsOptional()
  @Matches(TENANT_PATTERN, { message: 'tenant: an organization id such as cluster:bien-gioi-phia-bac' })
  tenant?: string;
}

export class JoinDto extends MemberInput {
  @ApiPropertyOptional({ example: 'Theo Quyết định số 12/QĐ-HĐTĐKT' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class LeaveDto {
  @ApiProperty({ example: '2025-07-01', description: 'no longer a member from this date' })
  @IsCalendarDate()
  leftOn!: string;

  @ApiProperty({ example: 'Sáp nhập đơn vị hành chính theo Nghị quyết số 202/2025/QH15' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class ReorganizeDto {
  @ApiProperty({ example: '2025-07-01' })
  @IsCalendarDate()
  effectiveOn!: string;

  @ApiProperty({ example: 'Sáp nhập tỉnh theo Nghị quyết số 202/2025/QH15' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;

  @ApiProperty({ example: ['Tỉnh Hà Giang', 'Tỉnh Tuyên Quang'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  leaving!: string[];

  @ApiProperty({ example: ['Tỉnh Tuyên Quang'] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  joining!: string[];
}

export class ElectLeaderDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ enum: LEADER_ROLES, description: 'head: Cụm trưởng / Khối trưởng; deputy: Cụm phó / Khối phó' })
  @IsIn(LEADER_ROLES)
  role!: LeaderRole;

  @ApiProperty({ example: 'Tỉnh Lào Cai' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  unitName!: string;

  @ApiPropertyOptional({ example: '2025-03-05' })
  @IsOptional()
  @IsCalendarDate()
  electedOn?: string;

  @ApiPropertyOptional({ description: 'the conference where it was elected (from the agenda)' })
  @IsOptional()
  @IsUUID()
  conferenceId?: string;
}

export class HandoverDto {
  @ApiProperty({ example: 2024, description: 'the year of the head who hands over to the head of the next year' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: '2025-03-05' })
  @IsCalendarDate()
  handedOverOn!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  conferenceId?: string;
}

export class ListClustersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['cum', 'khoi'] })
  @IsOptional()
  @IsIn(['cum', 'khoi'])
  kind?: ClusterKind;

  @ApiPropertyOptional({ description: 'part of the organising body' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  organizingBody?: string;
}

export class MembersQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '2025-07-01',
    description: 'members on this date; without it, every membership ever (the history)',
  })
  @IsOptional()
  @IsCalendarDate()
  on?: string;
}

export class LeadershipQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
