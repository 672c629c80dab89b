import { Injectable } from '@nestjs/common';
import { applyConferenceEvent, type ConferenceEvent, type ConferenceReplica } from '@tdkt/replicas';
import type { EntityManager } from 'typeorm';
import type { Conference } from '../domain/conference';

/** A conference before and after one of the agenda's events; `changed` false when the event said nothing new. */
export interface ConferenceChange {
  before: Conference;
  after: Conference;
  changed: boolean;
}

/** A `conferences` row as `SELECT *` returns it; a cancellation always has its reason. */
interface ConferenceRow {
  id: string;
  tenant: string | null;
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
  replica: ConferenceReplica | null;
}

/**
 * The conferences projection. The agenda's events may arrive in any order: each is folded into the
 * conference's replica (`@tdkt/replicas`, kept in `replica`), and the columns the service reads are
 * written from the result.
 */
@Injectable()
export class ConferenceRepository {
  async find(manager: EntityManager, id: string, lock = false): Promise<Conference | undefined> {
    const [r] = await manager.query<ConferenceRow[]>(
      `SELECT * FROM conferences WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return r ? toConference(r) : undefined;
  }

  /** A conference known by id only (an award named it before the agenda's event arrived). */
  async ensure(manager: EntityManager, id: string, tenant?: string): Promise<void> {
    await manager.query(
      'INSERT INTO conferences (id, tenant) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET tenant = coalesce(conferences.tenant, EXCLUDED.tenant)',
      [id, tenant ?? null],
    );
  }

  /** One agenda event, under the conference's row lock (the first event creates the row). */
  async apply(
    manager: EntityManager,
    event: ConferenceEvent & { data: { conferenceId: string } },
  ): Promise<ConferenceChange> {
    const id = event.data.conferenceId;
    // the owner agenda names: it wins over a guess from an award named first
    const tenant = (event as { tenant?: string }).tenant;
    await this.ensure(manager, id, tenant);
    if (tenant) await manager.query('UPDATE conferences SET tenant = $2 WHERE id = $1', [id, tenant]);
    const [row] = await manager.query<ConferenceRow[]>('SELECT * FROM conferences WHERE id = $1 FOR UPDATE', [id]);
    const before = toConference(row);
    const c: ConferenceReplica = applyConferenceEvent(row.replica ?? undefined, event);
    if (c === row.replica) return { before, after: before, changed: false };
    const s = c.schedule?.data;
    await manager.query(
      `UPDATE conferences SET replica = $2, organization_id = $3, organizer_name = $4, kind = $5, title = $6, time_zone = coalesce($7, time_zone),
         starts_at = $8, ends_at = $9, format = $10, venue = $11, connection_points = $12, times_as_of = $13, cancelled_at = $14, cancellation_reason = $15
       WHERE id = $1`,
      [
        id,
        JSON.stringify(c),
        s?.organizer.organizationId ?? null,
        s?.organizer.name ?? null,
        s?.kind ?? null,
        s?.title ?? null,
        s?.timeZone ?? null,
        c.timing?.data.startsAt ?? null,
        c.timing?.data.endsAt ?? null,
        s?.format ?? null,
        c.venue ? JSON.stringify(c.venue.data) : null,
        JSON.stringify(s?.connectionPoints ?? []),
        c.timing?.time ?? null,
        c.cancelled?.data.cancelledAt ?? null,
        c.cancelled?.data.reason ?? null,
      ],
    );
    return { before, after: (await this.find(manager, id))!, changed: true };
  }
}

function toConference(r: ConferenceRow): Conference {
  return {
    id: r.id,
    tenant: r.tenant ?? undefined,
    organizationId: r.organization_id ?? undefined,
    organizerName: r.organizer_name ?? undefined,
    kind: r.kind ?? undefined,
    title: r.title ?? undefined,
    timeZone: r.time_zone,
    startsAt: r.starts_at ?? undefined,
    endsAt: r.ends_at ?? undefined,
    format: r.format ?? undefined,
    venue: r.venue ?? undefined,
    connectionPoints: r.connection_points ?? [],
    cancelled: r.cancelled_at ? { at: r.cancelled_at, reason: r.cancellation_reason! } : undefined,
  };
}
