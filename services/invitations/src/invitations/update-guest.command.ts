import { Injectable } from '@nestjs/common';
import { type Actor, canSee } from '@tdkt/auth';
import { NotFound } from '../common/domain/invitations.errors';
import { DataSource } from 'typeorm';
import { ConferenceProjection } from '../conferences/conference-projection';
import type { Guest } from '../guests/domain/guest';
import type { UpdateGuestDto } from '../guests/dto/guest.dto';
import { GuestDirectory } from '../guests/guest-directory';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';

/**
 * Corrects a guest; an awardee who was waiting for an e-mail address is invited as soon as it
 * is given (in the same transaction).
 */
@Injectable()
export class UpdateGuestCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guests: GuestDirectory,
    private readonly conferences: ConferenceProjection,
    private readonly invitations: InvitationRepository,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  execute(id: string, d: UpdateGuestDto, actor: Actor): Promise<{ guest: Guest; invited: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const [current] = await this.guests.byIds(manager, [id]);
      if (current && !canSee(actor, current.tenant)) {
        // an awardee (no directory owner) is corrected by the organizers of a conference it is invited to
        const lists = current.tenant ? [] : await this.invitations.conferenceTenantsOfGuest(manager, id);
        if (!lists.some((t) => canSee(actor, t))) throw new NotFound('guest', id);
      }
      const guest = await this.guests.correct(manager, id, d);
      const invited: string[] = [];
      for (const w of await this.invitations.waitingForGuest(manager, id)) {
        const conference = await this.conferences.find(manager, w.conferenceId, true);
        if (!conference) continue;
        const rows = await this.invitations.ofConference(manager, w.conferenceId, { ids: [w.id], lock: true });
        invited.push(...(await this.dispatcher.sendDrafts(manager, conference, rows)).sent);
      }
      return { guest, invited };
    });
  }
}
