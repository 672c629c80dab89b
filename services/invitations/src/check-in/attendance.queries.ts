import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { GuestListQueries } from '../invitations/guest-list.queries';
import type { Attendance } from './domain/check-in';
import { AttendanceRepository } from './infra/attendance.repository';

export interface AttendanceSummary {
  total: number;
  invited: number;
  sites: { kind: string; siteId: string | null; name: string; checkedIn: number; expected: number | null }[];
  /** checked-in attendees in protocol order */
  attendees: Attendance[];
}

/** Who came, per site: the venue and every connection point (with the attendance the agenda expected). */
@Injectable()
export class AttendanceQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly attendance: AttendanceRepository,
    private readonly guestList: GuestListQueries,
  ) {}

  /** A conference's check-ins, in the order they happened. */
  ofConference(conferenceId: string): Promise<Attendance[]> {
    return this.attendance.ofConference(this.dataSource.manager, conferenceId);
  }

  async summary(conferenceId: string): Promise<AttendanceSummary> {
    const { conference, guests } = await this.guestList.list(conferenceId);
    const counts = await this.attendance.counts(this.dataSource.manager, conferenceId);
    const sites: AttendanceSummary['sites'] = [];
    if (conference.venue) {
      const v = counts.find((c) => c.kind === 'venue');
      sites.push({
        kind: 'venue',
        siteId: null,
        name: conference.venue.name,
        checkedIn: v?.checkedIn ?? 0,
        expected: null,
      });
    }
    for (const p of conference.connectionPoints) {
      const c = counts.find((x) => x.kind === 'connection-point' && x.siteId === p.connectionPointId);
      sites.push({
        kind: 'connection-point',
        siteId: p.connectionPointId,
        name: `${p.hostUnit} (${p.location})`,
        checkedIn: c?.checkedIn ?? 0,
        expected: p.expectedAttendees ?? null,
      });
    }
    const records = await this.attendance.ofConference(this.dataSource.manager, conferenceId);
    const order = new Map(guests.map((g, i) => [g.invitation.id, i]));
    return {
      total: records.length,
      invited: guests.filter((g) => g.invitation.status === 'invited').length,
      sites,
      attendees: records.sort((a, b) => (order.get(a.invitationId) ?? 0) - (order.get(b.invitationId) ?? 0)),
    };
  }
}
