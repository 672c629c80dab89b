import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Attendance, Site } from '../domain/check-in';

/** An `attendance` row as `SELECT *` returns it. */
interface AttendanceRecord {
  id: string;
  conference_id: string;
  invitation_id: string;
  attendee: Attendance['attendee'];
  site_kind: Site['kind'];
  site_id: string | null;
  site_name: string;
  method: Attendance['method'];
  checked_in_at: Date;
}

export interface SiteCount {
  kind: string;
  siteId: string | null;
  name: string;
  checkedIn: number;
}

@Injectable()
export class AttendanceRepository {
  async ofInvitation(manager: EntityManager, invitationId: string): Promise<Attendance | undefined> {
    const [r] = await manager.query<AttendanceRecord[]>('SELECT * FROM attendance WHERE invitation_id = $1', [
      invitationId,
    ]);
    return r ? toRow(r) : undefined;
  }

  /** `by`: who checked the guest in (the audit trail), the staff at the door or the QR scanner's user. */
  async insert(
    manager: EntityManager,
    conferenceId: string,
    a: Attendance,
    by?: { id: string; name: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO attendance (id, conference_id, invitation_id, attendee, site_kind, site_id, site_name, method, checked_in_at,
         checked_in_by_id, checked_in_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        a.id,
        conferenceId,
        a.invitationId,
        JSON.stringify(a.attendee),
        a.site.kind,
        a.site.siteId ?? null,
        a.site.name,
        a.method,
        a.checkedInAt,
        by?.id ?? null,
        by?.name ?? null,
      ],
    );
  }

  async ofConference(manager: EntityManager, conferenceId: string): Promise<Attendance[]> {
    return (
      await manager.query<AttendanceRecord[]>(
        'SELECT * FROM attendance WHERE conference_id = $1 ORDER BY checked_in_at, id',
        [conferenceId],
      )
    ).map(toRow);
  }

  /** Check-ins per site (the venue, each connection point). */
  async counts(manager: EntityManager, conferenceId: string): Promise<SiteCount[]> {
    return manager.query<SiteCount[]>(
      `SELECT site_kind AS kind, site_id AS "siteId", min(site_name) AS name, count(*)::int AS "checkedIn"
         FROM attendance WHERE conference_id = $1 GROUP BY site_kind, site_id`,
      [conferenceId],
    );
  }
}

function toRow(r: AttendanceRecord): Attendance {
  return {
    id: r.id,
    invitationId: r.invitation_id,
    attendee: r.attendee,
    site: { kind: r.site_kind, siteId: r.site_id ?? undefined, name: r.site_name },
    method: r.method,
    checkedInAt: r.checked_in_at,
  };
}
