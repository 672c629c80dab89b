import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { Conflict, NotFound } from '../common/domain/invitations.errors';
import { isScheduled } from '../conferences/domain/conference';
import { ConferenceProjection } from '../conferences/conference-projection';
import { cleanPerson, type Person } from './domain/invitation';
import { InvitationRepository, type InvitationWithGuest } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';
import { InvitationMailer } from './invitation-mailer';

/** Withdrawing an invitation, and naming the representative of a collective. */
@Injectable()
export class ManageInvitationCommands {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceProjection,
    private readonly invitations: InvitationRepository,
    private readonly dispatcher: InvitationDispatcher,
    private readonly mailer: InvitationMailer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  withdraw(id: string, reason: string): Promise<InvitationWithGuest> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.invitations.byId(manager, id, true);
      if (!row) throw new NotFound('invitation', id);
      if (row.invitation.status === 'withdrawn' || row.invitation.status === 'cancelled') {
        throw new Conflict(
          'invitation-closed',
          'Giấy mời này đã được rút hoặc hội nghị đã hủy',
          'this invitation was already withdrawn or its conference cancelled',
        );
      }
      const conference = await this.conferences.find(manager, row.invitation.conferenceId);
      await this.dispatcher.withdraw(manager, conference, row.invitation, row.guest, reason.normalize('NFC').trim());
      return (await this.invitations.byId(manager, id))!;
    });
  }

  /** A collective's representative: the invitation goes to them (again, with the next SEQUENCE, if already sent to another). */
  nameRepresentative(id: string, input: Person): Promise<InvitationWithGuest> {
    const representative = cleanPerson(input);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.invitations.byId(manager, id, true);
      if (!row) throw new NotFound('invitation', id);
      if (row.guest.kind !== 'collective') {
        throw new Conflict(
          'not-a-collective',
          `${row.guest.name} là cá nhân; chỉ tập thể mới cử người đại diện (muốn cử người dự thay, hãy trả lời giấy mời)`,
          `${row.guest.name} is a person; only a collective sends a representative (a person names a substitute by answering)`,
          'invitationId',
        );
      }
      if (row.invitation.status === 'withdrawn' || row.invitation.status === 'cancelled') {
        throw new Conflict(
          'invitation-closed',
          'Giấy mời này đã được rút hoặc hội nghị đã hủy',
          'this invitation was withdrawn or its conference cancelled',
        );
      }
      await this.invitations.setRepresentative(manager, id, representative);
      const conference = await this.conferences.find(manager, row.invitation.conferenceId, true);
      const updated = (await this.invitations.byId(manager, id, true))!;
      if (updated.invitation.status === 'draft') {
        await this.dispatcher.sendDrafts(manager, conference!, [updated]);
      } else if (isScheduled(conference) && !conference.cancelled) {
        const table = await this.dispatcher.tableOf(manager, conference);
        const sequence = updated.invitation.sequence + 1;
        await this.mailer.enqueue(manager, {
          conference,
          invitation: updated.invitation,
          guest: updated.guest,
          purpose: 'invitation',
          sequence,
          ref: this.dispatcher.ref(updated.guest, table, conference),
        });
        await this.invitations.markSent(manager, id, sequence, this.clock.now());
      }
      return (await this.invitations.byId(manager, id))!;
    });
  }
}
