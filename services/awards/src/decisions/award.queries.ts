import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { tenantClause, type Visible } from '../common/domain/acting';
import { NotFound } from '../common/domain/awards.errors';
import { ConferenceRepository } from '../conferences/infra/conference.repository';
import { sortCounts, type AwardCount } from './domain/award-counts';
import { AWARD_SELECT, type AwardRow } from './infra/decision.repository';
import { searchKey } from '../recipients/domain/recipient';

export interface AwardFilter {
  recipientId?: string;
  unit?: string;
  year?: number;
  awardType?: string;
  decisionId?: string;
  conferenceId?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export interface CountScope {
  conferenceId?: string;
  year?: number;
  decisionId?: string;
}

export interface DecisionFilter {
  year?: number;
  authority?: string;
  conferenceId?: string;
  kind?: string;
  page: number;
  pageSize: number;
}

/** Read side: awards by recipient, unit, year, type, decision; counts in rank order; decisions. */
@Injectable()
export class AwardQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceRepository,
  ) {}

  /** `visible`: only awards of decisions of these tenants (null: all). */
  async awards(f: AwardFilter, visible: Visible): Promise<{ items: AwardRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const tenant = tenantClause('d.tenant', visible, p);
    if (tenant) where.push(tenant);
    if (f.recipientId) where.push(`a.recipient_id = ${p(f.recipientId)}`);
    if (f.unit) where.push(`r.unit_folded LIKE ${p(`%${searchKey(f.unit).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    if (f.year) where.push(`d.year = ${p(f.year)}`);
    if (f.awardType) where.push(`a.award_type_code = upper(${p(f.awardType)})`);
    if (f.decisionId) where.push(`a.decision_id = ${p(f.decisionId)}`);
    if (f.conferenceId) where.push(`a.conference_id = ${p(f.conferenceId)}`);
    if (f.status) where.push(`a.status = ${p(f.status)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN recipients r ON r.id = a.recipient_id ${sql}`,
      params,
    );
    const items = await this.dataSource.query<AwardRow[]>(
      `${AWARD_SELECT} ${sql} ORDER BY d.decision_date DESC, t.rank, r.name COLLATE "vi-x-icu", a.id
        LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items, total };
  }

  /** Awards held (not revoked) per type and kind, highest rank first. */
  async counts(scope: CountScope, visible: Visible): Promise<AwardCount[]> {
    const where: string[] = [`a.status = 'conferred'`];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const tenant = tenantClause('d.tenant', visible, p);
    if (tenant) where.push(tenant);
    if (scope.conferenceId) where.push(`a.conference_id = ${p(scope.conferenceId)}`);
    if (scope.year) where.push(`d.year = ${p(scope.year)}`);
    if (scope.decisionId) where.push(`a.decision_id = ${p(scope.decisionId)}`);
    const rows = await this.dataSource.query<CountRow[]>(
      `SELECT t.code, t.name, t.family, t.rank, t.conferring_authority, t.announce_as,
              count(*) FILTER (WHERE a.recipient_kind = 'individual')::int AS individuals,
              count(*) FILTER (WHERE a.recipient_kind = 'collective')::int AS collectives,
              count(*) FILTER (WHERE a.recipient_kind = 'household')::int AS households
         FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_types t ON t.id = a.award_type_id
        WHERE ${where.join(' AND ')}
        GROUP BY t.code, t.name, t.family, t.rank, t.conferring_authority, t.announce_as`,
      params,
    );
    return sortCounts(
      rows.map((r): AwardCount => ({
        awardType: {
          code: r.code,
          name: r.name,
          family: r.family,
          rank: r.rank,
          conferringAuthority: r.conferring_authority,
          announceAs: r.announce_as,
        },
        individuals: r.individuals,
        collectives: r.collectives,
        households: r.households,
      })),
    );
  }

  /** The conference's title as the agenda announced it, if known. */
  async conferenceTitle(id: string): Promise<string | undefined> {
    return (await this.conferences.find(this.dataSource.manager, id))?.title;
  }

  async decisions(f: DecisionFilter, visible: Visible) {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const tenant = tenantClause('tenant', visible, p);
    if (tenant) where.push(tenant);
    if (f.year) where.push(`year = ${p(f.year)}`);
    if (f.authority) where.push(`authority_key LIKE ${p(`%${searchKey(f.authority)}%`)}`);
    if (f.conferenceId) where.push(`conference_id = ${p(f.conferenceId)}`);
    if (f.kind) where.push(`kind = ${p(f.kind)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM decisions ${sql}`,
      params,
    );
    const items = await this.dataSource.query<DecisionRow[]>(
      `SELECT ${DECISION_COLUMNS} FROM decisions ${sql} ORDER BY decision_date DESC, created_at DESC, id
        LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items, total };
  }

  /** Another tenant's decision is answered like a missing one. */
  async decision(id: string, visible: Visible): Promise<DecisionRow & { revoked: number }> {
    const [row] = await this.dataSource.query<(DecisionRow & { revoked: number })[]>(
      `SELECT ${DECISION_COLUMNS}, (SELECT count(*)::int FROM awards WHERE decision_id = $1 AND status = 'revoked') AS revoked
         FROM decisions WHERE id = $1`,
      [id],
    );
    if (!row || (visible !== null && !(row.tenant && visible.includes(row.tenant)))) throw new NotFound('decision', id);
    return row;
  }
}

export interface DecisionRow {
  id: string;
  kind: 'conferment' | 'revocation';
  number: string;
  date: string;
  year: number;
  authority: string;
  signer_name: string;
  signer_titles: string[];
  reason: string | null;
  conference_id: string | null;
  recipient_count: number;
  source: string;
  created_at: Date;
  tenant: string | null;
  created_by_id: string | null;
  created_by_name: string | null;
}

/** Awards held of one type, counted per recipient kind. */
interface CountRow {
  code: string;
  name: string;
  family: AwardCount['awardType']['family'];
  rank: number;
  conferring_authority: string;
  announce_as: AwardCount['awardType']['announceAs'];
  individuals: number;
  collectives: number;
  households: number;
}

const DECISION_COLUMNS = `id, kind, number, to_char(decision_date, 'YYYY-MM-DD') AS date, year, authority, signer_name, signer_titles, reason,
  conference_id, recipient_count, source, created_at, tenant, created_by_id, created_by_name`;
