import { Injectable } from '@nestjs/common';
import { applyConferenceEvent, type ConferenceEvent, type ConferenceReplica } from '@tdkt/replicas';
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
 * What the agenda said about conferences. Its events may arrive in any order: each is folded into
 * the conference's replica (`@tdkt/replicas`, kept in `replica`), and the columns awards reads are
 * written from the result.
 */
@Injectable()
export class ConferenceRepository {
  async find(manager: EntityManager, id: string): Promise<KnownConference | undefined> {
    const [r] = await manager.query<ConferenceRow[]>('SELECT * FROM conferences WHERE id = $1', [id]);
    if (!r) return undefined;
    return {
      id: r.id,
      title: r.title ?? undefined,
      startsAt: r.starts_at ?? undefined,
      endsAt: r.ends_at ?? undefined,
      yearReviewed: r.year_reviewed ?? undefined,
      cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancellation_reason! } : undefined,
    };
  }

  /** One agenda event, under the conference's row lock (the first event creates the row). */
  /** The event's tenant (the conference's organizer) is kept beside the replica. */
  async apply(
    manager: EntityManager,
    event: ConferenceEvent & { data: { conferenceId: string }; tenant?: string },
  ): Promise<void> {
    const id = event.data.conferenceId;
    await manager.query('INSERT INTO conferences (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
    const [{ replica }] = await manager.query('SELECT replica FROM conferences WHERE id = $1 FOR UPDATE', [id]);
    if (event.tenant)
      await manager.query('UPDATE conferences SET tenant = $2 WHERE id = $1 AND tenant IS DISTINCT FROM $2', [
        id,
        event.tenant,
      ]);
    const c: ConferenceReplica = applyConferenceEvent(replica ?? undefined, event);
    if (c === replica) return;
    await manager.query(
      `UPDATE conferences SET replica = $2, title = $3, year_reviewed = $4, starts_at = $5, ends_at = $6, times_as_of = $7,
         cancelled_at = $8, cancellation_reason = $9 WHERE id = $1`,
      [
        id,
        JSON.stringify(c),
        c.schedule?.data.title ?? null,
        c.schedule?.data.yearReviewed ?? null,
        c.timing?.data.startsAt ?? null,
        c.timing?.data.endsAt ?? null,
        c.timing?.time ?? null,
        c.cancelled?.data.cancelledAt ?? null,
        c.cancelled?.data.reason ?? null,
      ],
    );
  }
}
