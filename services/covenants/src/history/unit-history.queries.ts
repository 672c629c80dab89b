import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { roleTitle, type ClusterKind, type LeaderRole } from '../clusters/domain/leadership';
import { cleanText } from '@tdkt/vietnamese';
import type { Visible } from '../common/domain/acting';

interface Ranked {
  partyId: string;
  rank: number;
  score: number;
}

/**
 * A member unit across the years: its memberships (which cluster, from when to when), the years
 * it led a cluster, and every covenant it was a party to, with its signature and its rank.
 * Units are matched by name, whatever the case.
 */
@Injectable()
export class UnitHistoryQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** `visible`: only rows of clusters and covenants of these tenants (null: all). */
  async history(unitName: string, page: number, pageSize: number, visible: Visible) {
    const name = cleanText(unitName);
    // $2 is the visible tenants, or NULL for all
    const tenants = visible === null ? null : [...visible];
    const q = (sql: string, params: unknown[]) => this.dataSource.query(sql, params);
    const memberships = await q(
      `SELECT m.cluster_id, c.name AS cluster_name, m.joined_on::text, m.left_on::text, m.left_reason
         FROM cluster_memberships m JOIN clusters c ON c.id = m.cluster_id
        WHERE lower(m.unit_name) = lower($1) AND ($2::text[] IS NULL OR c.tenant = ANY($2))
        ORDER BY m.joined_on, c.name`,
      [name, tenants],
    );
    const leaderships = await q(
      `SELECT l.cluster_id, c.name AS cluster_name, c.kind, l.year, l.role, l.handed_over_on::text
         FROM cluster_leaderships l JOIN clusters c ON c.id = l.cluster_id
        WHERE lower(l.unit_name) = lower($1) AND ($2::text[] IS NULL OR c.tenant = ANY($2))
        ORDER BY l.year DESC, l.role`,
      [name, tenants],
    );
    const [{ total }] = await q(
      `SELECT count(*)::int AS total FROM covenant_parties p JOIN covenants c ON c.id = p.covenant_id
        WHERE lower(p.unit_name) = lower($1) AND ($2::text[] IS NULL OR c.tenant = ANY($2))`,
      [name, tenants],
    );
    const covenants = await q(
      `SELECT c.id, c.title, c.year, c.version, c.status, c.cluster_id, c.cluster_name, p.id AS party_id,
              s.signatory_name, s.signed_at, e.ranking, e.leading_party_id
         FROM covenant_parties p JOIN covenants c ON c.id = p.covenant_id
         LEFT JOIN covenant_signatures s ON s.party_id = p.id AND s.withdrawn_at IS NULL
         LEFT JOIN covenant_evaluations e ON e.covenant_id = c.id
        WHERE lower(p.unit_name) = lower($1) AND ($2::text[] IS NULL OR c.tenant = ANY($2))
        ORDER BY c.year DESC, c.lineage_id, c.version DESC
        LIMIT $3 OFFSET $4`,
      [name, tenants, pageSize, (page - 1) * pageSize],
    );
    return {
      unitName: name,
      memberships: memberships.map((m: Record<string, string | null>) => ({
        clusterId: m.cluster_id,
        clusterName: m.cluster_name,
        joinedOn: m.joined_on,
        leftOn: m.left_on,
        leftReason: m.left_reason,
      })),
      leadership: leaderships.map((l: Record<string, string | number | null>) => ({
        clusterId: l.cluster_id,
        clusterName: l.cluster_name,
        year: l.year,
        role: l.role,
        title: roleTitle(l.kind as ClusterKind, l.role as LeaderRole),
        handedOverOn: l.handed_over_on,
      })),
      covenants: {
        items: covenants.map((c: Record<string, unknown>) => {
          const mine = (c.ranking as Ranked[] | null)?.find((r) => r.partyId === c.party_id);
          return {
            covenantId: c.id,
            title: c.title,
            year: c.year,
            version: c.version,
            status: c.status,
            clusterId: c.cluster_id,
            clusterName: c.cluster_name,
            signed: Boolean(c.signatory_name),
            signatory: c.signatory_name ?? null,
            signedAt: c.signed_at ? (c.signed_at as Date).toISOString() : null,
            rank: mine?.rank ?? null,
            score: mine?.score ?? null,
            leadingUnit: c.leading_party_id ? c.leading_party_id === c.party_id : null,
          };
        }),
        page,
        pageSize,
        total,
      },
    };
  }
}
