import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConferenceScheduledData } from '@tdkt/contracts';
import type { Conference } from '../domain/conference';

/** A `conferences` row as `SELECT *` returns it; a cancellation always has its reason. */
interface ConferenceRow {
  id: string;
  organization_id: string | null;
  organizer_name: string | null;
  kind: Conference['kind'] | null;
  title: string | null;
  time_zone: string;
  starts_at: Date | null;
  ends_at: Date | null;
  format: Conference['format'] | null;
  venue: Conference['venue'] | null;
  connection_points: Conference['connectionPoints'];
  times_as_of: Date | null;
  cancelled_at: Date | null;
  cancellation_reason: string | null;
}

/**
 * The conferences projection. Events may arrive in any order: times only from a newer event,
 * a cancellation is never undone by a late "scheduled".
 */
@Injectable()
export class ConferenceRepository {
  async find(manager: EntityManager, id: string, lock = false): Promise<Conference | undefined> {
    const [r] = await manager.query<ConferenceRow[]>(`SELECT * FROM conferences WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return r ? toConference(r) : undefined;
  }

  /** A conference known by id only (an award named it before the agenda's event arrived). */
  async ensure(manager: EntityManager, id: string): Promise<void> {
    await manager.query('INSERT INTO conferences (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
  }

  async scheduled(manager: EntityManager, d: ConferenceScheduledData, asOf: string): Promise<void> {
    await manager.query(
      `INSERT INTO conferences (id, organization_id, organizer_name, kind, title, time_zone, starts_at, ends_at, format, venue, connection_points, times_as_of)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (id) DO UPDATE SET organization_id = EXCLUDED.organization_id, organizer_name = EXCLUDED.organizer_name, kind = EXCLUDED.kind,
         title = EXCLUDED.title, time_zone = EXCLUDED.time_zone, format = EXCLUDED.format, connection_points = EXCLUDED.connection_points,
         venue = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.venue ELSE coalesce(conferences.venue, EXCLUDED.venue) END,
         starts_at = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.starts_at ELSE conferences.starts_at END,
         ends_at = CASE WHEN conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of THEN EXCLUDED.ends_at ELSE conferences.ends_at END,
         times_as_of = GREATEST(conferences.times_as_of, EXCLUDED.times_as_of)`,
      [d.conferenceId, d.organizer.organizationId ?? null, d.organizer.name, d.kind, d.title, d.timeZone, d.startsAt, d.endsAt, d.format,
        d.venue ? JSON.stringify(d.venue) : null, JSON.stringify(d.connectionPoints ?? []), asOf],
    );
  }

  /** New times when the event is newer than what we have; true when they were applied. */
  async rescheduled(manager: EntityManager, c: { id: string; startsAt: string; endsAt: string; venue?: object }, asOf: string): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO conferences (id, starts_at, ends_at, venue, times_as_of) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO UPDATE SET starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
         venue = coalesce(EXCLUDED.venue, conferences.venue), times_as_of = EXCLUDED.times_as_of
       WHERE conferences.times_as_of IS NULL OR conferences.times_as_of < EXCLUDED.times_as_of
       RETURNING id`,
      [c.id, c.startsAt, c.endsAt, c.venue ? JSON.stringify(c.venue) : null, asOf],
    );
    return rows.length > 0;
  }

  /** Marks it cancelled; false when it already was. */
  async cancelled(manager: EntityManager, c: { id: string; reason: string; cancelledAt: string }): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO conferences (id, cancelled_at, cancellation_reason) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET cancelled_at = EXCLUDED.cancelled_at, cancellation_reason = EXCLUDED.cancellation_reason
       WHERE conferences.cancelled_at IS NULL
       RETURNING id`,
      [c.id, c.cancelledAt, c.reason],
    );
    return rows.length > 0;
  }
}

function toConference(r: ConferenceRow): Conference {
  return {
    id: r.id, organizationId: r.organization_id ?? undefined, organizerName: r.organizer_name ?? undefined, kind: r.kind ?? undefined,
    title: r.title ?? undefined, timeZone: r.time_zone, startsAt: r.starts_at ?? undefined, endsAt: r.ends_at ?? undefined,
    format: r.format ?? undefined, venue: r.venue ?? undefined, connectionPoints: r.connection_points ?? [],
    cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancellation_reason! } : undefined,
  };
}
