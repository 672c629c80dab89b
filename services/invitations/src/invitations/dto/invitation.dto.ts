import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@tdkt/service-kit';

export class PersonDto {
  @ApiProperty({ example: 'Lò Văn Mừng' })
  @IsString()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: ['Phó Chủ tịch UBND tỉnh'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles?: string[];

  @ApiPropertyOptional({ example: 'muong.lv@sonla.gov.vn' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email?: string;
}

export class RepresentativeDto {
  @ApiProperty({ example: 'Nguyễn Thị Hà' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: ['Phó Giám đốc Sở Nội vụ'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  titles?: string[];

  @ApiProperty({ example: 'daidien@sonoivu.gov.vn', description: 'the representative receives the invitation' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class InviteGuestsDto {
  @ApiProperty({ type: [String], description: 'guests to put on the list' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  guestIds!: string[];

  @ApiPropertyOptional({
    default: false,
    description: 'send at once (otherwise they stay drafts until POST …/invitations/send)',
  })
  @IsOptional()
  @IsBoolean()
  send?: boolean;
}

export class SendInvitationsDto {
  @ApiPropertyOptional({ type: [String], description: 'only these drafts (default: every draft of the conference)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  invitationIds?: string[];
}

export class WithdrawDto {
  @ApiProperty({ example: 'Thay đổi thành phần đại biểu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export const ANSWERS = ['accepted', 'declined', 'substitute'] as const;

export class AnswerDto {
  @ApiProperty({ enum: ANSWERS, description: 'tham dự / không tham dự / cử người dự thay' })
  @IsIn(ANSWERS)
  answer!: (typeof ANSWERS)[number];

  @ApiPropertyOptional({
    type: PersonDto,
    description: 'required with "substitute": who attends instead (name required)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonDto)
  substitute?: PersonDto;
}

export class GuestListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['draft', 'invited', 'withdrawn', 'cancelled'] })
  @IsOptional()
  @IsIn(['draft', 'invited', 'withdrawn', 'cancelled'])
  status?: string;

  @ApiPropertyOptional({ enum: ['pending', ...ANSWERS] })
  @IsOptional()
  @IsIn(['pending', ...ANSWERS])
  response?: string;
}
