import { Injectable } from '@nestjs/common';
import type { AwardConferredData, AwardRevokedData, CovenantCreatedData, CovenantSignedData } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import type { ConferredAward } from '../domain/award-listing';
import type { CovenantLink } from '../domain/conference.types';

/**
 * The awards and covenants other services announced for a conference. Writes commute, so
 * duplicates and any arrival order give the same rows: a revocation sticks whether it came
 * before or after its conferment, and a signed covenant never goes back to drafted.
 */
@Injectable()
export class ReactionsRepository {
  async conferred(manager: EntityManager, a: AwardConferredData): Promise<void> {
    await manager.query(
      `INSERT INTO conference_awards (award_id, conference_id, status, award_type, recipient, decision, presented_on_behalf_of, updated_at)
       VALUES ($1, $2, 'conferred', $3, $4, $5, $6, now())
       ON CONFLICT (award_id) DO UPDATE SET conference_id = EXCLUDED.conference_id, award_type = EXCLUDED.award_type,
         recipient = EXCLUDED.recipient, decision = EXCLUDED.decision, presented_on_behalf_of = EXCLUDED.presented_on_behalf_of, updated_at = now()
       WHERE conference_awards.status = 'conferred'`,
      [a.awardId, a.conferenceId ?? null, a.awardType, a.recipient, a.decision, a.presentedOnBehalfOf ?? null],
    );
  }

  async revoked(manager: EntityManager, a: AwardRevokedData): Promise<void> {
    await manager.query(
      `INSERT INTO conference_awards (award_id, conference_id, status, award_type, recipient, revocation, updated_at)
       VALUES ($1, $2, 'revoked', $3, $4, $5, now())
       ON CONFLICT (award_id) DO UPDATE SET status = 'revoked', revocation = EXCLUDED.revocation,
         conference_id = coalesce(conference_awards.conference_id, EXCLUDED.conference_id), updated_at = now()`,
      [a.awardId, a.conferenceId ?? null, a.awardType, a.recipient, { decision: a.revokingDecision, reason: a.reason }],
    );
  }

  async awardsFor(manager: EntityManager, conferenceId: string): Promise<ConferredAward[]> {
    const rows: {
      award_id: string;
      award_type: ConferredAward['awardType'];
      recipient: ConferredAward['recipient'];
      decision: ConferredAward['decision'];
      presented_on_behalf_of: string | null;
    }[] = await manager.query(
      `SELECT * FROM conference_awards WHERE conference_id = $1 AND status = 'conferred' ORDER BY award_id`,
      [conferenceId],
    );
    return rows.map((r) => ({
      awardId: r.award_id,
      awardType: r.award_type,
      recipient: r.recipient,
      decision: r.decision,
      ...(r.presented_on_behalf_of ? { presentedOnBehalfOf: r.presented_on_behalf_of } : {}),
    }));
  }

  async anyAwardFor(manager: EntityManager, conferenceId: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM conference_awards WHERE conference_id = $1 AND status = 'conferred') AS any`,
      [conferenceId],
    );
    return row.any === true;
  }

  async covenant(manager: EntityManager, c: CovenantCreatedData | CovenantSignedData, signed: boolean): Promise<void> {
    const parties = c.parties.map((p) => p.unitName);
    const fullySignedAt = 'fullySignedAt' in c ? c.fullySignedAt : null;
    await manager.query(
      `INSERT INTO conference_covenants (covenant_id, conference_id, title, cluster_name, year, status, fully_signed_at, parties, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
       ON CONFLICT (covenant_id) DO UPDATE SET conference_id = EXCLUDED.conference_id, title = EXCLUDED.title,
         cluster_name = EXCLUDED.cluster_name, year = EXCLUDED.year, parties = EXCLUDED.parties, updated_at = now(),
         status = CASE WHEN conference_covenants.status = 'fully_signed' THEN 'fully_signed' ELSE EXCLUDED.status END,
         fully_signed_at = coalesce(EXCLUDED.fully_signed_at, conference_covenants.fully_signed_at)`,
      [
        c.covenantId,
        c.conferenceId,
        c.title,
        c.clusterName,
        c.year,
        signed ? 'fully_signed' : 'drafted',
        fullySignedAt,
        JSON.stringify(parties),
      ],
    );
  }

  async covenantsFor(manager: EntityManager, conferenceId: string): Promise<CovenantLink[]> {
    const rows: {
      covenant_id: string;
      title: string;
      cluster_name: string;
      year: number;
      status: CovenantLink['status'];
      fully_signed_at: Date | null;
      parties: string[];
    }[] = await manager.query(
      'SELECT * FROM conference_covenants WHERE conference_id = $1 ORDER BY title, covenant_id',
      [conferenceId],
    );
    return rows.map((r) => ({
      covenantId: r.covenant_id,
      title: r.title,
      clusterName: r.cluster_name,
      year: r.year,
      status: r.status,
      fullySignedAt: r.fully_signed_at ?? undefined,
      parties: r.parties,
    }));
  }
}
