import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Conflict, NotFound } from '../common/domain/invitations.errors';
import { ConferenceRepository } from '../conferences/infra/conference.repository';
import { type Guest } from '../guests/domain/guest';
import type { UpdateGuestDto } from '../guests/dto/guest.dto';
import { GuestRepository } from '../guests/infra/guest.repository';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';
import { cleanText } from '@tdkt/vietnamese';

/**
 * Corrects a guest; an awardee who was waiting for an e-mail address is invited as soon as it
 * is given (in the same transaction).
 */
@Injectable()
export class UpdateGuestCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guests: GuestRepository,
    private readonly conferences: ConferenceRepository,
    private readonly invitations: InvitationRepository,
    private readonly dispatcher: InvitationDispatcher,
  ) {}

  execute(id: string, d: UpdateGuestDto): Promise<{ guest: Guest; invited: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const g = await this.guests.byId(manager, id, true);
      if (!g) throw new NotFound('guest', id);
      const email = d.email === undefined ? g.email : d.email.trim().toLowerCase();
      if (email && email !== g.email) {
        const other = await this.guests.byEmail(manager, email);
        if (other && other.id !== id) {
          throw new Conflict('guest-exists', `Địa chỉ ${email} đã thuộc khách mời ${other.name}`, `${email} already belongs to ${other.name}`, 'email');
        }
      }
      const guest: Guest = {
        ...g, name: d.name ? cleanText(d.name) : g.name, titles: d.titles ? d.titles.map(cleanText).filter(Boolean) : g.titles,
        organization: d.organization === undefined ? g.organization : cleanText(d.organization) || undefined, email,
        phone: d.phone === undefined ? g.phone : d.phone.trim() || undefined, central: d.central ?? g.central,
      };
      await this.guests.update(manager, guest);
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
