import { Injectable } from '@nestjs/common';
import { type Actor, canSee } from '@tdkt/auth';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/invitations.errors';

/**
 * Tenancy of what hangs off a conference: its guest list, invitations, mails, reminders, RSVP log
 * and attendance belong to the conference's organization (the `tenant` agenda's events carry).
 * Another organization's conference, or an invitation to one, is answered with the same 404 as a
 * missing one, before anything is read or changed. An id nobody knows passes: the use case gives
 * its own 404.
 */
@Injectable()
export class TenancyQueries {
  constructor(private readonly dataSource: DataSource) {}

  async conference(actor: Actor, conferenceId: string): Promise<void> {
    const [row] = await this.dataSource.query<{ tenant: string | null }[]>(
      'SELECT tenant FROM conferences WHERE id = $1',
      [conferenceId],
    );
    if (row && !canSee(actor, row.tenant)) throw new NotFound('conference', conferenceId);
  }

  async invitation(actor: Actor, invitationId: string): Promise<void> {
    const [row] = await this.dataSource.query<{ tenant: string | null }[]>(
      'SELECT c.tenant FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE i.id = $1',
      [invitationId],
    );
    if (row && !canSee(actor, row.tenant)) throw new NotFound('invitation', invitationId);
  }

  /**
   * Guests put on a list must be the caller's organization's (or its conference's): a guest of
   * another organization is not found, like an unknown one.
   */
  async guests(actor: Actor, guestIds: string[]): Promise<void> {
    const rows = await this.dataSource.query<{ id: string; tenant: string | null }[]>(
      'SELECT id, tenant FROM guests WHERE id = ANY($1)',
      [guestIds],
    );
    for (const r of rows) {
      // a guest without an organization (an awardee from the registry) may join any list
      if (r.tenant !== null && !canSee(actor, r.tenant)) throw new NotFound('guest', r.id);
    }
  }
}
