import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/invitations.errors';
import { centralFirst, type Conference } from '../conferences/domain/conference';
import { ConferenceProjection } from '../conferences/conference-projection';
import { protocolOrder } from '../guests/domain/precedence';
import { GuestDirectory } from '../guests/guest-directory';
import { InvitationRepository, type InvitationWithGuest } from './infra/invitation.repository';

export interface ListedGuest extends InvitationWithGuest {
  id: string;
  name: string;
  precedence: number;
}

/** A conference's guest list, always in protocol order (its organizer's table; ties by the Vietnamese collator). */
@Injectable()
export class GuestListQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceProjection,
    private readonly invitations: InvitationRepository,
    private readonly guests: GuestDirectory,
  ) {}

  async conference(id: string): Promise<Conference> {
    const c = await this.conferences.find(this.dataSource.manager, id);
    if (!c) throw new NotFound('conference', id);
    return c;
  }

  async list(
    conferenceId: string,
    f: { status?: string; response?: string } = {},
  ): Promise<{ conference: Conference; guests: ListedGuest[] }> {
    const conference = await this.conference(conferenceId);
    const table = await this.guests.precedenceTable(this.dataSource.manager, conference.organizationId);
    const rows = (await this.invitations.ofConference(this.dataSource.manager, conferenceId)).filter(
      (r) => (!f.status || r.invitation.status === f.status) && (!f.response || r.invitation.response === f.response),
    );
    const ctx = { centralFirst: centralFirst(conference) };
    return {
      conference,
      guests: protocolOrder(
        rows.map((r) => ({
          ...r,
          id: r.invitation.id,
          name: r.guest.name,
          precedence: table.precedence(r.guest, ctx),
        })),
      ),
    };
  }
}
