import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface KnownConference {
  id: string;
  title?: string;
  startsAt?: Date;
  endsAt?: Date;
  yearReviewed?: number;
  cancelled?: { at: Date; reason: string };
}

/** A `conferences` row as `SELECT *` returns it; a cancellation always has its reason. */
interface ConferenceRow {
  id: string;
  title: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  year_reviewed: number | null;
  times_as_of: Date | null;
  cancelled_at: Date | null;
  cancellation_reason: string | null;
}

/**
 * What the agenda said about conferences (a projection of its events). Events may arrive in any
 * order, so each write merges: times only from a newer event, a cancellation is never undone by
 * a late "scheduled".
 */
@Injectable()
export class ConferenceRepository {
  async find(manager: EntityManager, id: string): Promise<KnownConference | undefined> {
    const [r] = await manager.query<ConferenceRow[]>('SELECT * FROM conferences WHERE id = $1', [id]);
    if (!r) return undefined;
    return {
      id: r.id, title: r.title ?? undefined, startsAt: r.starts_at ?? undefined, endsAt: r.ends_at ?? undefined,
      yearReviewed: r.year_reviewed ?? undefined,
      cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancellation_reason! } : undefined,
    };
  }

  async scheduled(manager: EntityManager, c: { id: string; title: string; startsAt: string; endsAt: string; yearReviewed: number }, asOf: string) {
    await manager.query(
      `INSERT INTO conferences (id, title, starts_at, ends_at, year_reviewed, times_as_of) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, year_reviewed = EXCLUDED.year_reviewed,
         starts_at = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.starts_at ELSE conferences.starts_at END,
         ends_at = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.ends_at ELSE conferences.ends_at END,
         times_as_of = GREATEST(conferences.times_as_of, EXCLUDED.times_as_of)`,
      [c.id, c.title, c.startsAt, c.endsAt, c.yearReviewed, asOf],
    );
  }

  async rescheduled(manager: EntityManager, c: { id: string; startsAt: string; endsAt: string }, asOf: string) {
    await manager.query(
      `INSERT INTO conferences (id, starts_at, ends_at, times_as_of) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET
         starts_at = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.starts_at ELSE conferences.starts_at END,
         ends_at = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.ends_at ELSE conferences.ends_at END,
         times_as_of = GREATEST(conferences.times_as_of, EXCLUDED.times_as_of)`,
      [c.id, c.startsAt, c.endsAt, asOf],
    );
  }

  async cancelled(manager: EntityManager, c: { id: string; reason: string; cancelledAt: string }) {
    await manager.query(
      `INSERT INTO conferences (id, cancelled_at, cancellation_reason) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at, cancellation_reason = EXCLUDED.cancellation_reason`,
      [c.id, c.cancelledAt, c.reason],
    );
  }
}
