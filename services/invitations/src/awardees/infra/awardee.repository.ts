import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface AwardeeRow {
  award_id: string;
  conference_id: string | null;
  invitation_id: string | null;
  recipient_id: string;
  status: 'conferred' | 'revoked';
}

/** Which award put which guest on which list; a revocation that came first stays as a tombstone. */
@Injectable()
export class AwardeeRepository {
  async find(manager: EntityManager, awardId: string): Promise<AwardeeRow | undefined> {
    const [r] = await manager.query<AwardeeRow[]>('SELECT * FROM awardees WHERE award_id = $1 FOR UPDATE', [awardId]);
    return r;
  }

  async conferred(
    manager: EntityManager,
    a: { awardId: string; conferenceId: string; invitationId: string; recipientId: string; awardType: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO awardees (award_id, conference_id, invitation_id, recipient_id, award_type, status) VALUES ($1, $2, $3, $4, $5, 'conferred')`,
      [a.awardId, a.conferenceId, a.invitationId, a.recipientId, a.awardType],
    );
  }

  /** Marks the award revoked (or records the tombstone); returns the row as it was before. */
  async revoked(
    manager: EntityManager,
    a: { awardId: string; conferenceId?: string; recipientId: string; awardType: string },
  ): Promise<AwardeeRow | undefined> {
    const before = await this.find(manager, a.awardId);
    if (before) {
      await manager.query(`UPDATE awardees SET status = 'revoked' WHERE award_id = $1`, [a.awardId]);
      return before;
    }
    await manager.query(
      `INSERT INTO awardees (award_id, conference_id, recipient_id, award_type, status) VALUES ($1, $2, $3, $4, 'revoked')`,
      [a.awardId, a.conferenceId ?? null, a.recipientId, a.awardType],
    );
    return undefined;
  }

  /** Awards still held that keep this invitation on the list. */
  async heldFor(manager: EntityManager, invitationId: string): Promise<number> {
    const [{ n }] = await manager.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM awardees WHERE invitation_id = $1 AND status = 'conferred'`,
      [invitationId],
    );
    return n;
  }
}
