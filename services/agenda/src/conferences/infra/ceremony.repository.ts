import { Injectable } from '@nestjs/common';
import type { CeremonyFact } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import type { RecordedCeremonyFact } from '../domain/ceremony-fact';

interface Row {
  key: string;
  position: number;
  fact: CeremonyFact;
  recorded_at: Date;
}
const toFact = (r: Row): RecordedCeremonyFact => ({
  key: r.key,
  position: r.position,
  fact: r.fact,
  recordedAt: r.recorded_at,
});

/** `ceremony_facts`: one row per fact of a conference's ceremony, by its key. */
@Injectable()
export class CeremonyRepository {
  async find(m: EntityManager, conferenceId: string, key: string): Promise<RecordedCeremonyFact | undefined> {
    const [row] = (await m.query(`SELECT * FROM ceremony_facts WHERE conference_id = $1 AND key = $2`, [
      conferenceId,
      key,
    ])) as Row[];
    return row ? toFact(row) : undefined;
  }

  /** The next position; the caller holds the conference's row lock, so two entries cannot take the same. */
  async nextPosition(m: EntityManager, conferenceId: string): Promise<number> {
    const [row] = await m.query(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM ceremony_facts WHERE conference_id = $1`,
      [conferenceId],
    );
    return Number(row.next);
  }

  async save(m: EntityManager, conferenceId: string, f: RecordedCeremonyFact): Promise<void> {
    await m.query(
      `INSERT INTO ceremony_facts (conference_id, key, position, kind, fact, recorded_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (conference_id, key) DO UPDATE SET fact = EXCLUDED.fact, recorded_at = EXCLUDED.recorded_at`,
      [conferenceId, f.key, f.position, f.fact.kind, f.fact, f.recordedAt],
    );
  }

  async list(m: EntityManager, conferenceId: string): Promise<RecordedCeremonyFact[]> {
    const rows = (await m.query(`SELECT * FROM ceremony_facts WHERE conference_id = $1 ORDER BY position`, [
      conferenceId,
    ])) as Row[];
    return rows.map(toFact);
  }
}
