import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { tenantClause, type Visible } from '../../common/domain/acting';
import type { Proposal, ProposalStatus } from '../domain/proposal';

/** A `proposals` row as `SELECT *` returns it. */
interface ProposalRow {
  id: string;
  covenant_id: string;
  cluster_name: string;
  year: number;
  party_id: string;
  unit_name: string;
  award_type_code: string;
  ranking: Proposal['ranking'];
  status: ProposalStatus;
  decision_id: string | null;
  rejection_reason: string | null;
  source_event_id: string;
  evaluated_at: Date;
  created_at: Date;
  decided_at: Date | null;
  tenant: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
}

export interface ProposalFilter {
  status?: string;
  year?: number;
  page: number;
  pageSize: number;
}

@Injectable()
export class ProposalRepository {
  async forCovenant(manager: EntityManager, covenantId: string): Promise<Proposal | undefined> {
    const [r] = await manager.query<ProposalRow[]>('SELECT * FROM proposals WHERE covenant_id = $1 FOR UPDATE', [
      covenantId,
    ]);
    return r ? toProposal(r) : undefined;
  }

  async get(manager: EntityManager, id: string, lock = false): Promise<Proposal | undefined> {
    const [r] = await manager.query<ProposalRow[]>(
      `SELECT * FROM proposals WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return r ? toProposal(r) : undefined;
  }

  async save(manager: EntityManager, p: Proposal): Promise<void> {
    await manager.query(
      `INSERT INTO proposals (id, covenant_id, cluster_name, year, party_id, unit_name, award_type_code, ranking, status, decision_id,
                              rejection_reason, source_event_id, evaluated_at, decided_at, tenant, decided_by_id, decided_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, CASE WHEN $9 = 'pending' THEN NULL ELSE now() END, $14, $15, $16)
       ON CONFLICT (id) DO UPDATE SET party_id = EXCLUDED.party_id, unit_name = EXCLUDED.unit_name, award_type_code = EXCLUDED.award_type_code,
         ranking = EXCLUDED.ranking, status = EXCLUDED.status, decision_id = EXCLUDED.decision_id, rejection_reason = EXCLUDED.rejection_reason,
         source_event_id = EXCLUDED.source_event_id, evaluated_at = EXCLUDED.evaluated_at, decided_at = EXCLUDED.decided_at,
         tenant = EXCLUDED.tenant, decided_by_id = EXCLUDED.decided_by_id, decided_by_name = EXCLUDED.decided_by_name`,
      [
        p.id,
        p.covenantId,
        p.clusterName,
        p.year,
        p.partyId,
        p.unitName,
        p.awardTypeCode,
        JSON.stringify(p.ranking),
        p.status,
        p.decisionId ?? null,
        p.rejectionReason ?? null,
        p.sourceEventId,
        p.evaluatedAt,
        p.tenant ?? null,
        p.decidedBy?.id ?? null,
        p.decidedBy?.name ?? null,
      ],
    );
  }

  async list(
    manager: EntityManager,
    f: ProposalFilter,
    visible: Visible,
  ): Promise<{ items: Proposal[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const tenant = tenantClause('tenant', visible, p);
    if (tenant) where.push(tenant);
    if (f.status) where.push(`status = ${p(f.status)}`);
    if (f.year) where.push(`year = ${p(f.year)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM proposals ${sql}`,
      params,
    );
    const rows = await manager.query<ProposalRow[]>(
      `SELECT * FROM proposals ${sql} ORDER BY created_at DESC, id LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items: rows.map(toProposal), total };
  }
}

function toProposal(r: ProposalRow): Proposal {
  return {
    id: r.id,
    covenantId: r.covenant_id,
    clusterName: r.cluster_name,
    year: r.year,
    partyId: r.party_id,
    unitName: r.unit_name,
    awardTypeCode: r.award_type_code,
    ranking: r.ranking,
    status: r.status,
    decisionId: r.decision_id ?? undefined,
    rejectionReason: r.rejection_reason ?? undefined,
    sourceEventId: r.source_event_id,
    evaluatedAt: r.evaluated_at,
    tenant: r.tenant ?? undefined,
    decidedBy: r.decided_by_id ? { id: r.decided_by_id, name: r.decided_by_name ?? '' } : undefined,
  };
}
