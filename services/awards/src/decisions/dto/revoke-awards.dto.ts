import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { DecisionCoreDto } from './decision-header.dto';

/** The revoking decision (quyết định thu hồi) and the awards it revokes. */
export class RevokeAwardsDto extends DecisionCoreDto {
  @ApiProperty({ example: 'Vi phạm pháp luật bị xử lý kỷ luật', description: 'why (required)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;

  @ApiProperty({ type: [String], description: 'the awards revoked' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  awardIds!: string[];
}
