import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Guest } from '../../guests/domain/guest';
import type { Invitation, InvitationSource, InvitationStatus, Person, RsvpResponse } from '../domain/invitation';

const COLUMNS = `i.id, i.conference_id, i.guest_id, i.status, i.auto_send, i.source, i.sequence, i.ics_uid, i.response, i.substitute,
  i.representative, i.responded_at, i.last_sent_at`;
const GUEST_COLUMNS =
  'g.kind AS g_kind, g.name AS g_name, g.titles AS g_titles, g.organization AS g_organization, g.email AS g_email, g.phone AS g_phone, g.central AS g_central, g.recipient_id AS g_recipient_id';

/** One row of COLUMNS. */
interface InvitationRow {
  id: string;
  conference_id: string;
  guest_id: string;
  status: InvitationStatus;
  auto_send: boolean;
  source: InvitationSource;
  sequence: number;
  ics_uid: string;
  response: RsvpResponse;
  substitute: Person | null;
  representative: Person | null;
  responded_at: Date | null;
  last_sent_at: Date | null;
}

/** One row of COLUMNS and GUEST_COLUMNS (the guest's id is `guest_id`). */
interface InvitationGuestRow extends InvitationRow {
  g_kind: Guest['kind'];
  g_name: string;
  g_titles: string[];
  g_organization: string | null;
  g_email: string | null;
  g_phone: string | null;
  g_central: boolean;
  g_recipient_id: string | null;
}

export interface InvitationWithGuest {
  invitation: Invitation;
  guest: Guest;
}

@Injectable()
export class InvitationRepository {
  async insert(manager: EntityManager, i: Invitation): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO invitations (id, conference_id, guest_id, status, auto_send, source, sequence, ics_uid)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (conference_id, guest_id) DO NOTHING RETURNING id`,
      [i.id, i.conferenceId, i.guestId, i.status, i.autoSend, i.source, i.sequence, i.icsUid],
    );
    return rows.length > 0;
  }

  async byId(manager: EntityManager, id: string, lock = false): Promise<InvitationWithGuest | undefined> {
    const [r] = await manager.query<InvitationGuestRow[]>(
      `SELECT ${COLUMNS}, ${GUEST_COLUMNS} FROM invitations i JOIN guests g ON g.id = i.guest_id WHERE i.id = $1 ${lock ? 'FOR UPDATE OF i' : ''}`,
      [id],
    );
    return r ? withGuest(r) : undefined;
  }

  async byConferenceGuest(
    manager: EntityManager,
    conferenceId: string,
    guestId: string,
  ): Promise<Invitation | undefined> {
    const [r] = await manager.query<InvitationRow[]>(
      `SELECT ${COLUMNS} FROM invitations i WHERE conference_id = $1 AND guest_id = $2 FOR UPDATE`,
      [conferenceId, guestId],
    );
    return r ? toInvitation(r) : undefined;
  }

  /** A conference's invitations with their guests, locked when asked (in id order: no deadlocks). */
  async ofConference(
    manager: EntityManager,
    conferenceId: string,
    opts: { statuses?: InvitationStatus[]; lock?: boolean; ids?: string[] } = {},
  ): Promise<InvitationWithGuest[]> {
    const params: unknown[] = [conferenceId];
    let where = 'i.conference_id = $1';
    if (opts.statuses) where += ` AND i.status = ANY($${params.push(opts.statuses)}::text[])`;
    if (opts.ids) where += ` AND i.id = ANY($${params.push(opts.ids)}::uuid[])`;
    const rows = await manager.query<InvitationGuestRow[]>(
      `SELECT ${COLUMNS}, ${GUEST_COLUMNS} FROM invitations i JOIN guests g ON g.id = i.guest_id WHERE ${where} ORDER BY i.id ${opts.lock ? 'FOR UPDATE OF i' : ''}`,
      params,
    );
    return rows.map(withGuest);
  }

  /** Awardees' invitations waiting for this guest's address, to send once it is known. */
  /** The organizations of the conferences a guest is on the list of. */
  async conferenceTenantsOfGuest(manager: EntityManager, guestId: string): Promise<(string | null)[]> {
    const rows = await manager.query<{ tenant: string | null }[]>(
      'SELECT DISTINCT c.tenant FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE i.guest_id = $1',
      [guestId],
    );
    return rows.map((r) => r.tenant);
  }

  async waitingForGuest(manager: EntityManager, guestId: string): Promise<{ id: string; conferenceId: string }[]> {
    const rows = await manager.query<{ id: string; conference_id: string }[]>(
      `SELECT id, conference_id FROM invitations WHERE guest_id = $1 AND status = 'draft' AND auto_send ORDER BY id FOR UPDATE`,
      [guestId],
    );
    return rows.map((r) => ({ id: r.id, conferenceId: r.conference_id }));
  }

  async markSent(manager: EntityManager, id: string, sequence: number, at: Date): Promise<void> {
    await manager.query(`UPDATE invitations SET status = 'invited', sequence = $2, last_sent_at = $3 WHERE id = $1`, [
      id,
      sequence,
      at,
    ]);
  }

  /** Who sent these invitations (the audit trail): the person whose token asked for it. */
  async markSentBy(manager: EntityManager, ids: string[], by: { id: string; name: string }): Promise<void> {
    if (!ids.length) return;
    await manager.query('UPDATE invitations SET sent_by_id = $2, sent_by_name = $3 WHERE id = ANY($1::uuid[])', [
      ids,
      by.id,
      by.name,
    ]);
  }

  async setStatus(
    manager: EntityManager,
    id: string,
    status: InvitationStatus,
    sequence?: number,
    reason?: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE invitations SET status = $2, sequence = coalesce($3, sequence), withdrawal_reason = coalesce($4, withdrawal_reason) WHERE id = $1`,
      [id, status, sequence ?? null, reason ?? null],
    );
  }

  /** Back on the list as a draft (an award again, the organizer again); `autoSend` as for a new one. */
  async reopen(manager: EntityManager, id: string, autoSend: boolean): Promise<void> {
    await manager.query(
      `UPDATE invitations SET status = 'draft', auto_send = $2, withdrawal_reason = NULL WHERE id = $1`,
      [id, autoSend],
    );
  }

  async setResponse(
    manager: EntityManager,
    id: string,
    response: RsvpResponse,
    substitute: Person | undefined,
    at: Date,
  ): Promise<void> {
    await manager.query('UPDATE invitations SET response = $2, substitute = $3, responded_at = $4 WHERE id = $1', [
      id,
      response,
      substitute ? JSON.stringify(substitute) : null,
      at,
    ]);
  }

  async setRepresentative(manager: EntityManager, id: string, representative: Person): Promise<void> {
    await manager.query('UPDATE invitations SET representative = $2, auto_send = true WHERE id = $1', [
      id,
      JSON.stringify(representative),
    ]);
  }
}

function toInvitation(r: InvitationRow): Invitation {
  return {
    id: r.id,
    conferenceId: r.conference_id,
    guestId: r.guest_id,
    status: r.status,
    autoSend: r.auto_send,
    source: r.source,
    sequence: r.sequence,
    icsUid: r.ics_uid,
    response: r.response,
    substitute: r.substitute ?? undefined,
    representative: r.representative ?? undefined,
    respondedAt: r.responded_at ?? undefined,
    lastSentAt: r.last_sent_at ?? undefined,
  };
}

function withGuest(r: InvitationGuestRow): InvitationWithGuest {
  return {
    invitation: toInvitation(r),
    // the guest columns this repository's joins select (GUEST_COLUMNS)
    guest: {
      id: r.guest_id,
      kind: r.g_kind,
      name: r.g_name,
      titles: r.g_titles ?? [],
      organization: r.g_organization ?? undefined,
      email: r.g_email ?? undefined,
      phone: r.g_phone ?? undefined,
      central: r.g_central,
      recipientId: r.g_recipient_id ?? undefined,
    },
  };
}
