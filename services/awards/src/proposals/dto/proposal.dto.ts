import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DecisionHeaderDto } from '../../decisions/dto/decision-header.dto';
import type { Proposal } from '../domain/proposal';
import { PageQuery } from '@tdkt/service-kit';

export class ConfirmProposalDto extends DecisionHeaderDto {
  @ApiPropertyOptional({
    example: 'CO_THI_DUA_CHINH_PHU',
    description: "another flag than the one proposed (the Government's for clusters of the Central Council)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  awardType?: string;

  @ApiPropertyOptional({ description: "the leading unit's parent unit, if any" })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  unit?: string;
}

export class RejectProposalDto {
  @ApiProperty({ example: 'Đơn vị có cán bộ bị kỷ luật trong năm' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ListProposalsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'confirmed', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'confirmed', 'rejected'])
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export const proposalView = (p: Proposal) => ({
  id: p.id,
  status: p.status,
  covenantId: p.covenantId,
  clusterName: p.clusterName,
  year: p.year,
  unitName: p.unitName,
  awardType: p.awardTypeCode,
  ranking: p.ranking,
  decisionId: p.decisionId ?? null,
  rejectionReason: p.rejectionReason ?? null,
  evaluatedAt: new Date(p.evaluatedAt).toISOString(),
  tenant: p.tenant ?? null,
  decidedBy: p.decidedBy ?? null,
});
