import { randomUUID } from 'node:crypto';
import { Conflict } from '../../common/domain/awards.errors';

export type ProposalStatus = 'pending' | 'confirmed' | 'rejected';

/**
 * A proposal (đề xuất), not a decision: the covenant's year-end ranking names a leading unit,
 * proposed for the emulation flag; the organizer confirms it (with the signed decision's number
 * and date) or rejects it.
 */
export interface Proposal {
  id: string;
  covenantId: string;
  clusterName: string;
  year: number;
  partyId: string;
  unitName: string;
  awardTypeCode: string;
  ranking: { rank: number; unitName: string; score: number }[];
  status: ProposalStatus;
  decisionId?: string;
  rejectionReason?: string;
  sourceEventId: string;
  evaluatedAt: Date;
  /** the covenant's owner, as its event said (the cluster's organization) */
  tenant?: string;
  /** who confirmed or rejected it */
  decidedBy?: { id: string; name: string };
}

/**
 * The flag proposed by default: the province's (Cờ thi đua của UBND tỉnh), since the event does
 * not say who organised the cluster; the organizer may confirm another (Cờ thi đua của Chính
 * phủ for clusters of the Central Council).
 */
export const DEFAULT_FLAG = 'CO_THI_DUA_UBND_TINH';

export function proposeFlag(
  e: {
    covenantId: string;
    clusterName: string;
    year: number;
    evaluatedAt: string;
    ranking: { rank: number; unitName: string; score: number }[];
    leadingUnit: { partyId: string; unitName: string };
  },
  sourceEventId: string,
): Proposal {
  return {
    id: randomUUID(),
    covenantId: e.covenantId,
    clusterName: e.clusterName.normalize('NFC'),
    year: e.year,
    partyId: e.leadingUnit.partyId,
    unitName: e.leadingUnit.unitName.normalize('NFC').trim(),
    awardTypeCode: DEFAULT_FLAG,
    ranking: [...e.ranking]
      .sort((a, b) => a.rank - b.rank)
      .map((r) => ({ rank: r.rank, unitName: r.unitName, score: r.score })),
    status: 'pending',
    sourceEventId,
    evaluatedAt: new Date(e.evaluatedAt),
  };
}

/** Only a pending proposal can be decided, once. */
export function assertPending(p: Proposal): void {
  if (p.status === 'pending') return;
  const vi = p.status === 'confirmed' ? 'đã được xác nhận thành quyết định' : 'đã bị từ chối';
  throw new Conflict(
    `proposal-${p.status}`,
    `Đề xuất khen thưởng cho ${p.unitName} ${vi}`,
    `the proposal for ${p.unitName} is already ${p.status}`,
  );
}
