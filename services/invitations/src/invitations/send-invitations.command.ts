import type { Actor } from '@tdkt/auth';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conflict, NotFound } from '../common/domain/invitations.errors';
import { ConferenceProjection } from '../conferences/conference-projection';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher, type DispatchResult } from './invitation-dispatcher';

/** Sends the drafts of a conference (all, or the ones named); those without an address wait and are named. */
@Injectable()
export class SendInvitationsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceProjection,
    private readonly invitations: InvitationRepository,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  execute(conferenceId: string, invitationIds: string[] | undefined, by: Actor): Promise<DispatchResult> {
    return this.dataSource.transaction(async (manager) => {
      const conference = await this.conferences.find(manager, conferenceId, true);
      if (!conference) throw new NotFound('conference', conferenceId);
      if (conference.cancelled) {
        throw new Conflict(
          'conference-cancelled',
          'Hội nghị đã bị hủy; không thể gửi giấy mời',
          'the conference was cancelled; invitations cannot be sent',
        );
      }
      const rows = await this.invitations.ofConference(manager, conferenceId, {
        statuses: ['draft'],
        lock: true,
        ids: invitationIds,
      });
      if (invitationIds) {
        const found = new Set(rows.map((r) => r.invitation.id));
        const missing = invitationIds.find((id) => !found.has(id));
        if (missing) throw new NotFound('invitation', missing);
      }
      const result = await this.dispatcher.sendDrafts(manager, conference, rows);
      await this.invitations.markSentBy(manager, result.sent, by);
      return result;
    });
  }
}
