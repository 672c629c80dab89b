import { type Actor, canSee } from '@tdkt/auth';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RsvpChanged } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { CLOCK } from '../common/clock.provider';
import type { Clock } from '../common/domain/clock';
import { NotFound } from '../common/domain/invitations.errors';
import { ConferenceProjection } from '../conferences/conference-projection';
import {
  checkAnswer,
  checkLinkReuse,
  sameAnswer,
  type Answer,
  type Person,
  type RsvpResponse,
} from './domain/invitation';
import { InvitationRepository, type InvitationWithGuest } from './infra/invitation.repository';
import { InvitationDispatcher } from './invitation-dispatcher';

export interface RespondInput {
  /** the organizer recording an answer: only for their organization's conferences (absent for an RSVP link) */
  actor?: Actor;
  invitationId: string;
  answer: Answer;
  substitute?: Person;
  /** the RSVP link used, when the guest answers through one (bound to its first answer) */
  tokenId?: string;
}

/**
 * Records an answer: tham dự, không tham dự, or cử người dự thay (with the substitute's name).
 * A changed answer publishes rsvp-changed in the same transaction; the same answer again changes
 * nothing. Refusals change nothing either.
 */
@Injectable()
export class RespondCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly invitations: InvitationRepository,
    private readonly conferences: ConferenceProjection,
    private readonly dispatcher: InvitationDispatcher,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(input: RespondInput): Promise<{ changed: boolean; row: InvitationWithGuest }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.invitations.byId(manager, input.invitationId, true);
      if (!row) throw new NotFound('invitation', input.invitationId);
      const conference = await this.conferences.find(manager, row.invitation.conferenceId);
      if (input.actor && !canSee(input.actor, conference?.tenant)) throw new NotFound('invitation', input.invitationId);
      const substitute = checkAnswer(row.invitation, conference, input.answer, input.substitute);
      const now = this.clock.now();
      const answer = { response: input.answer, substitute };
      if (input.tokenId) {
        const [used] = await manager.query<{ response: RsvpResponse; substitute: Person | null }[]>(
          'SELECT response, substitute FROM rsvp_link_uses WHERE token_id = $1',
          [input.tokenId],
        );
        checkLinkReuse(
          used ? { response: used.response, substitute: used.substitute ?? undefined } : undefined,
          answer,
        );
        if (!used) {
          await manager.query(
            'INSERT INTO rsvp_link_uses (token_id, invitation_id, response, substitute, used_at) VALUES ($1, $2, $3, $4, $5)',
            [input.tokenId, input.invitationId, input.answer, substitute ? JSON.stringify(substitute) : null, now],
          );
        }
      }
      if (sameAnswer({ response: row.invitation.response, substitute: row.invitation.substitute }, answer))
        return { changed: false, row };
      await this.invitations.setResponse(manager, input.invitationId, input.answer, substitute, now);
      const table = conference ? await this.dispatcher.tableOf(manager, conference) : undefined;
      await this.outbox.add(manager, RsvpChanged, {
        subject: input.invitationId,
        tenant: conference?.tenant,
        data: {
          invitationId: input.invitationId,
          conferenceId: row.invitation.conferenceId,
          guest: this.dispatcher.ref(row.guest, table!, conference!),
          response: input.answer,
          ...(substitute ? { substitute: { name: substitute.name, titles: substitute.titles } } : {}),
          respondedAt: now.toISOString(),
        },
      });
      return { changed: true, row: (await this.invitations.byId(manager, input.invitationId))! };
    });
  }
}
