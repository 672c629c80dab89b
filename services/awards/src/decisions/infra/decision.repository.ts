import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { authorityKey, numberKey, type DecisionHeader, type DecisionPlan } from '../domain/decision';
import type { HeldAward } from '../domain/eligibility';
import { tenantClause, type Acting, type Visible } from '../../common/domain/acting';
import type { AwardToRevoke } from '../domain/revocation';

export type DecisionKind = 'conferment' | 'revocation';
export type DecisionSource = 'api' | 'import' | 'proposal';

/** Decisions and their awards; bulk writes for decisions of thousands of lines. */
@Injectable()
export class DecisionRepository {
  /**
   * The id of the decision with this number, authority and year, if any. The advisory lock makes
   * two requests with the same number wait for each other, so the second sees the first.
   */
  async lockNumber(
    manager: EntityManager,
    h: Pick<DecisionHeader, 'number' | 'authority'>,
    year: number,
  ): Promise<{ id: string; tenant: string | null } | undefined> {
    const key = `${authorityKey(h.authority)}|${year}|${numberKey(h.number)}`;
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`decision:${key}`]);
    const [row] = await manager.query<{ id: string; tenant: string | null }[]>(
      'SELECT id, tenant FROM decisions WHERE authority_key = $1 AND year = $2 AND number_key = $3',
      [authorityKey(h.authority), year, numberKey(h.number)],
    );
    return row;
  }

  /** The awards these recipients hold (not revoked): the history the rules look at. */
  async heldAwards(manager: EntityManager, recipientIds: string[]): Promise<HeldAward[]> {
    if (!recipientIds.length) return [];
    const rows = await manager.query<HeldAwardRow[]>(
      `SELECT recipient_id, award_type_code, family, achievement_year, achievement_key FROM awards
        WHERE recipient_id = ANY($1::uuid[]) AND status = 'conferred'`,
      [recipientIds],
    );
    return rows.map((r): HeldAward => ({
      recipientId: r.recipient_id,
      code: r.award_type_code,
      family: r.family,
      achievementYear: r.achievement_year,
      achievementKey: r.achievement_key,
    }));
  }

  async insertDecision(
    manager: EntityManager,
    id: string,
    h: DecisionHeader,
    year: number,
    kind: DecisionKind,
    source: DecisionSource,
    recipientCount: number,
    acting: Acting,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO decisions (id, kind, number, number_key, decision_date, year, authority, authority_key, signer_name, signer_titles,
                              reason, conference_id, recipient_count, source, tenant, created_by_id, created_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [
        id,
        kind,
        h.number,
        numberKey(h.number),
        h.date,
        year,
        h.authority,
        authorityKey(h.authority),
        h.signer.name,
        JSON.stringify(h.signer.titles),
        h.reason ?? null,
        h.conferenceId ?? null,
        recipientCount,
        source,
        acting.tenant,
        acting.id,
        acting.name,
      ],
    );
  }

  async insertAwards(manager: EntityManager, plan: DecisionPlan): Promise<void> {
    const conferenceId = plan.header.conferenceId ?? null;
    for (let i = 0; i < plan.awards.length; i += 2000) {
      const chunk = plan.awards.slice(i, i + 2000);
      await manager.query(
        `INSERT INTO awards (id, decision_id, line, award_type_id, award_type_code, family, recipient_id, recipient_kind, achievement_year,
                             achievement_key, achievement, posthumous, conference_id, status)
         SELECT a.id, $1, a.line, a.type_id, a.code, a.family, a.recipient_id, a.kind, a.year, a.key, a.achievement, a.posthumous, $2, 'conferred'
           FROM unnest($3::uuid[], $4::int[], $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::text[], $10::int[], $11::text[], $12::text[], $13::bool[])
             AS a(id, line, type_id, code, family, recipient_id, kind, year, key, achievement, posthumous)`,
        [
          plan.id,
          conferenceId,
          chunk.map((a) => a.id),
          chunk.map((_, j) => i + j + 1),
          chunk.map((a) => a.awardType.id),
          chunk.map((a) => a.awardType.code),
          chunk.map((a) => a.awardType.family),
          chunk.map((a) => a.recipient.id),
          chunk.map((a) => a.recipient.kind),
          chunk.map((a) => a.achievementYear),
          chunk.map((a) => a.achievementKey),
          chunk.map((a) => a.achievement ?? null),
          chunk.map((a) => a.posthumous),
        ],
      );
    }
  }

  /** The awards to revoke, locked, with what the events and messages need. */
  async forRevocation(
    manager: EntityManager,
    ids: string[],
    visible: Visible,
  ): Promise<Map<string, AwardToRevoke & { row: AwardRow }>> {
    const params: unknown[] = [ids];
    const tenant = tenantClause('d.tenant', visible, (v) => `$${params.push(v)}`);
    const rows = await manager.query<AwardRow[]>(
      `${AWARD_SELECT} WHERE a.id = ANY($1::uuid[]) ${tenant ? `AND ${tenant}` : ''} ORDER BY a.id FOR UPDATE OF a`,
      params,
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          status: r.status,
          decisionDate: r.decision_date,
          decisionNumber: r.decision_number,
          recipientName: r.recipient_name,
          awardTypeName: r.type_name,
          row: r,
        },
      ]),
    );
  }

  async markRevoked(
    manager: EntityManager,
    ids: string[],
    revokingDecisionId: string,
    reason: string,
    by: Pick<Acting, 'id' | 'name'>,
  ): Promise<void> {
    await manager.query(
      `UPDATE awards SET status = 'revoked', revoked_by = $2, revocation_reason = $3, revoked_at = now(), revoked_by_id = $4,
              revoked_by_name = $5
        WHERE id = ANY($1::uuid[])`,
      [ids, revokingDecisionId, reason, by.id, by.name],
    );
  }
}

interface HeldAwardRow {
  recipient_id: string;
  award_type_code: string;
  family: HeldAward['family'];
  achievement_year: number;
  achievement_key: string;
}

/** One award with its type, recipient and decision, as queries and events read it. */
export interface AwardRow {
  id: string;
  status: 'conferred' | 'revoked';
  line: number;
  achievement_year: number;
  achievement: string | null;
  posthumous: boolean;
  conference_id: string | null;
  revocation_reason: string | null;
  revoked_at: Date | null;
  /** the revoking decision */
  revoked_by: string | null;
  revoked_by_id: string | null;
  revoked_by_name: string | null;
  decision_id: string;
  decision_tenant: string | null;
  decision_number: string;
  decision_date: string;
  decision_authority: string;
  type_code: string;
  type_name: string;
  type_family: 'emulation-title' | 'award-form';
  type_rank: number;
  type_authority: string;
  recipient_id: string;
  recipient_kind: 'individual' | 'collective' | 'household';
  recipient_name: string;
  recipient_titles: string[];
  recipient_unit: string | null;
}

export const AWARD_SELECT = `
  SELECT a.id, a.status, a.line, a.achievement_year, a.achievement, a.posthumous, a.conference_id, a.revocation_reason, a.revoked_at,
         a.revoked_by, a.revoked_by_id, a.revoked_by_name, d.id AS decision_id, d.tenant AS decision_tenant, d.number AS decision_number, to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date,
         d.authority AS decision_authority, t.code AS type_code, t.name AS type_name, t.family AS type_family, t.rank AS type_rank,
         t.conferring_authority AS type_authority, r.id AS recipient_id, r.kind AS recipient_kind, r.name AS recipient_name,
         r.titles AS recipient_titles, r.unit AS recipient_unit
    FROM awards a
    JOIN decisions d ON d.id = a.decision_id
    JOIN award_types t ON t.id = a.award_type_id
    JOIN recipients r ON r.id = a.recipient_id`;
