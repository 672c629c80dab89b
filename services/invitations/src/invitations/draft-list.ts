import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { InvitationSource } from './domain/invitation';
import { InvitationRepository } from './infra/invitation.repository';
import { InvitationMailer } from './invitation-mailer';

/** Puts guests on a conference's list as drafts; a guest already on it stays as they are. */
@Injectable()
export class DraftList {
  constructor(
    private readonly invitations: InvitationRepository,
    private readonly mailer: InvitationMailer,
  ) {}

  async add(
    manager: EntityManager,
    conferenceId: string,
    guestIds: string[],
    source: InvitationSource,
    autoSend: boolean,
  ): Promise<string[]> {
    const added: string[] = [];
    for (const guestId of guestIds) {
      const id = randomUUID();
      const inserted = await this.invitations.insert(manager, {
        id,
        conferenceId,
        guestId,
        status: 'draft',
        autoSend,
        source,
        sequence: 0,
        icsUid: this.mailer.icsUid(id),
        response: 'pending',
      });
      if (inserted) added.push(id);
    }
    return added;
  }
}
