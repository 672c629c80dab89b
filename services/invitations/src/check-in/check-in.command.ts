import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AttendanceRecorded } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { Conflict, InvalidInput, NotFound } from '../common/domain/invitations.errors';
import { INVITATIONS_CONFIG } from '../common/settings.module';
import type { InvitationsConfig } from '../config/invitations.config';
import { ConferenceProjection } from '../conferences/conference-projection';
import { verifyToken } from '../invitations/domain/signed-token';
import { InvitationDispatcher } from '../invitations/invitation-dispatcher';
import { InvitationQueries } from '../invitations/invitation.queries';
import { checkInOpen, resolveSite, type Attendance, type SiteKind } from './domain/check-in';
import { AttendanceRepository } from './infra/attendance.repository';

export interface CheckInInput {
  /** who checks the guest in (kept on the attendance row) */
  by?: { id: string; name: string };
  conferenceId: string;
  invitationId?: string;
  qrToken?: string;
  site: { kind: SiteKind; siteId?: string };
}

/**
 * Attendance on the day, at the venue or a connection point, by the organizer or by the guest's
 * QR code. A guest is checked in once; scanning again answers with the first check-in. The one
 * who attends is the substitute when one was named.
 */
@Injectable()
export class CheckInCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceProjection,
    private readonly invitations: InvitationQueries,
    private readonly attendance: AttendanceRepository,
    private readonly dispatcher: InvitationDispatcher,
    private readonly outbox: Outbox,
    @Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(input: CheckInInput): Promise<{ alreadyCheckedIn: boolean; attendance: Attendance }> {
    const now = this.clock.now();
    if (!!input.invitationId === !!input.qrToken) {
      throw new InvalidInput(
        'invitationId',
        'Cần đúng một trong hai: mã giấy mời (invitationId) hoặc mã QR (qrToken)',
        'give exactly one of invitationId and qrToken',
      );
    }
    const invitationId =
      input.invitationId ?? verifyToken(input.qrToken!, this.config.rsvp.secret, 'checkin', now).invitationId;
    return this.dataSource.transaction(async (manager) => {
      const conference = await this.conferences.find(manager, input.conferenceId);
      if (!conference) throw new NotFound('conference', input.conferenceId);
      const row = await this.invitations.byId(manager, invitationId, true);
      if (!row) throw new NotFound('invitation', invitationId);
      if (row.invitation.conferenceId !== conference.id) {
        throw new Conflict(
          'other-conference',
          'Giấy mời (mã QR) này là của một hội nghị khác',
          'this invitation (QR code) belongs to another conference',
          'invitationId',
        );
      }
      const existing = await this.attendance.ofInvitation(manager, invitationId);
      if (existing) return { alreadyCheckedIn: true, attendance: existing };
      checkInOpen(conference, now);
      if (row.invitation.status === 'withdrawn' || row.invitation.status === 'cancelled') {
        throw new Conflict(
          'invitation-withdrawn',
          'Giấy mời này không còn hiệu lực',
          'this invitation is no longer valid',
          'invitationId',
        );
      }
      const site = resolveSite(conference, input.site.kind, input.site.siteId);
      const ref = this.dispatcher.ref(row.guest, await this.dispatcher.tableOf(manager, conference), conference);
      const i = row.invitation;
      const person =
        i.response === 'substitute' && i.substitute
          ? i.substitute
          : row.guest.kind === 'collective' && i.representative
            ? i.representative
            : undefined;
      const attendee = person
        ? { ...ref, name: person.name, titles: person.titles, substituteFor: row.guest.name }
        : ref;
      const record: Attendance = {
        id: randomUUID(),
        invitationId,
        attendee,
        site,
        method: input.qrToken ? 'qr' : 'organizer',
        checkedInAt: now,
      };
      await this.attendance.insert(manager, conference.id, record, input.by);
      const { substituteFor: _, ...eventAttendee } = attendee as typeof attendee & { substituteFor?: string };
      await this.outbox.add(manager, AttendanceRecorded, {
        subject: conference.id,
        tenant: conference.tenant,
        data: {
          conferenceId: conference.id,
          invitationId,
          attendee: eventAttendee,
          site: { kind: site.kind, ...(site.siteId ? { siteId: site.siteId } : {}), name: site.name },
          checkedInAt: now.toISOString(),
          method: record.method,
        },
      });
      return { alreadyCheckedIn: false, attendance: record };
    });
  }
}
