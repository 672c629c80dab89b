import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InvitationRepository, type InvitationWithGuest } from './infra/invitation.repository';

export type { InvitationWithGuest };

/** One invitation with its guest, for the features that act on it (check-in, the RSVP page). */
@Injectable()
export class InvitationQueries {
  constructor(private readonly invitations: InvitationRepository) {}

  /** Locked when asked, for a change in the caller's transaction. */
  byId(manager: EntityManager, id: string, lock = false): Promise<InvitationWithGuest | undefined> {
    return this.invitations.byId(manager, id, lock);
  }
}
