import type { Actor } from '@tdkt/auth';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conflict, NotFound } from '../common/domain/invitations.errors';
import { isScheduled } from '../conferences/domain/conference';
import { ConferenceProjection } from '../conferences/conference-projection';
import { GuestDirectory } from '../guests/guest-directory';
import { DraftList } from './draft-list';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher, type DispatchResult } from './invitation-dispatcher';

export interface InviteResult {
  added: string[];
  alreadyOnList: string[];
  dispatch?: DispatchResult;
}

/** The organizer puts guests on a conference's list (and sends at once when asked). Never for a cancelled conference. */
@Injectable()
export class InviteGuestsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceProjection,
    private readonly guests: GuestDirectory,
    private readonly invitations: InvitationRepository,
    private readonly drafts: DraftList,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  execute(conferenceId: string, guestIds: string[], send: boolean, by: Actor): Promise<InviteResult> {
    const ids = [...new Set(guestIds)];
    return this.dataSource.transaction(async (manager) => {
      const conference = await this.conferences.find(manager, conferenceId, true);
      if (!conference) throw new NotFound('conference', conferenceId);
      if (conference.cancelled) {
        throw new Conflict(
          'conference-cancelled',
          `Hội nghị đã bị hủy (${conference.cancelled.reason}); không thể mời thêm`,
          `the conference was cancelled (${conference.cancelled.reason}); no one can be invited`,
        );
      }
      if (!isScheduled(conference)) {
        throw new Conflict(
          'conference-not-scheduled',
          'Hội nghị chưa được lên lịch; chưa thể mời',
          'the conference is not scheduled yet',
        );
      }
      const found = new Set((await this.guests.byIds(manager, ids)).map((g) => g.id));
      const missing = ids.find((g) => !found.has(g));
      if (missing) throw new NotFound('guest', missing);
      const alreadyOnList: string[] = [];
      for (const guestId of ids) {
        const existing = await this.invitations.byConferenceGuest(manager, conferenceId, guestId);
        if (existing?.status === 'withdrawn') await this.invitations.reopen(manager, existing.id, false);
        else if (existing) alreadyOnList.push(existing.id);
      }
      const added = await this.drafts.add(manager, conferenceId, ids, 'organizer', false);
      if (!send) return { added, alreadyOnList };
      const rows = await this.invitations.ofConference(manager, conferenceId, { statuses: ['draft'], lock: true });
      const wanted = new Set(ids);
      const dispatch = await this.dispatcher.sendDrafts(
        manager,
        conference,
        rows.filter((r) => wanted.has(r.guest.id)),
      );
      await this.invitations.markSentBy(manager, dispatch.sent, by);
      return { added, alreadyOnList, dispatch };
    });
  }
}
