import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

// One lock id for "the read model is being rebuilt": handlers share it, the rebuild holds it alone.
const REBUILD_LOCK = 7_000_000_007;

/**
 * Conferences whose drafts are behind their facts. A handler marks its conference in its own
 * transaction; the regenerator takes marked conferences one at a time (SKIP LOCKED, so two
 * instances never regenerate the same one at once) — a burst of 3.500 award events becomes a few
 * regenerations, not 3.500 versions.
 */
@Injectable()
export class StaleConferences {
  /** Every read-model write takes this shared lock: a rebuild (exclusive) waits for them and they for it. */
  async guard(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock_shared($1)', [REBUILD_LOCK]);
  }

  async exclusive(m: EntityManager): Promise<void> {
    await m.query('SELECT pg_advisory_xact_lock($1)', [REBUILD_LOCK]);
  }

  async mark(m: EntityManager, conferenceIds: string[]): Promise<void> {
    for (const id of new Set(conferenceIds)) {
      // DO UPDATE, not DO NOTHING: it waits for a regenerator holding the row and, when that one
      // deletes it, inserts again; DO NOTHING would see the row still there and the fact would be missed
      await m.query(
        'INSERT INTO stale_conferences (conference_id, since) VALUES ($1, now()) ON CONFLICT (conference_id) DO UPDATE SET since = stale_conferences.since',
        [id],
      );
    }
  }

  /** A conference whose regeneration failed goes to the back of the queue: it never blocks the others. */
  async postpone(m: EntityManager, conferenceId: string, ms: number): Promise<void> {
    await m.query(`UPDATE stale_conferences SET since = now() + ($2 || ' milliseconds')::interval WHERE conference_id = $1`, [conferenceId, String(ms)]);
  }

  /** The oldest marked conference no other instance is working on, locked until the caller's transaction ends. */
  async takeOne(m: EntityManager): Promise<string | undefined> {
    const [row] = await m.query('SELECT conference_id FROM stale_conferences WHERE since <= now() ORDER BY since LIMIT 1 FOR UPDATE SKIP LOCKED');
    return row?.conference_id;
  }

  async done(m: EntityManager, conferenceId: string): Promise<void> {
    await m.query('DELETE FROM stale_conferences WHERE conference_id = $1', [conferenceId]);
  }
}
