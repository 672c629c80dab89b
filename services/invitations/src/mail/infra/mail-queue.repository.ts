import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { InvitationSentData } from '@tdkt/contracts';
import type { MailPurpose } from '../domain/invitation-mail';

export interface QueuedMail {
  id: string;
  invitationId?: string;
  purpose: MailPurpose;
  to: { address: string; name: string };
  subject: string;
  text: string;
  html: string;
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** inline images (the QR code), base64 */
  attachments: { filename: string; contentType: string; cid?: string; base64: string }[];
  /** invitation-sent, without sentAt: published when the SMTP server accepts the mail */
  sentEvent?: Omit<InvitationSentData, 'sentAt'>;
  attempts: number;
}

export interface MailRow {
  id: string;
  invitation_id: string | null;
  purpose: MailPurpose;
  to_address: string;
  to_name: string;
  subject: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
}

/** A `mail_queue` row as `SELECT *` returns it (the columns the worker reads). */
interface QueueRecord extends Pick<
  MailRow,
  'id' | 'invitation_id' | 'purpose' | 'to_address' | 'to_name' | 'subject' | 'attempts'
> {
  text_body: string;
  html_body: string;
  ics: string | null;
  ics_method: 'REQUEST' | 'CANCEL' | null;
  attachments: QueuedMail['attachments'];
  sent_event: QueuedMail['sentEvent'] | null;
}

/**
 * The mail queue (an outbox for SMTP). A row is 'pending' until the SMTP server accepted it;
 * the worker takes one due row at a time with FOR UPDATE SKIP LOCKED, never a later mail of an
 * invitation before an earlier one (an update never overtakes its invitation).
 */
@Injectable()
export class MailQueueRepository {
  async enqueue(manager: EntityManager, m: Omit<QueuedMail, 'attempts'>): Promise<void> {
    await manager.query(
      `INSERT INTO mail_queue (id, invitation_id, purpose, to_address, to_name, subject, text_body, html_body, ics, ics_method, attachments, sent_event)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        m.id,
        m.invitationId ?? null,
        m.purpose,
        m.to.address,
        m.to.name,
        m.subject,
        m.text,
        m.html,
        m.ics?.content ?? null,
        m.ics?.method ?? null,
        JSON.stringify(m.attachments),
        m.sentEvent ? JSON.stringify(m.sentEvent) : null,
      ],
    );
  }

  /** The next due mail, locked for this transaction (undefined: nothing due). */
  async lockNextDue(manager: EntityManager): Promise<QueuedMail | undefined> {
    const [r] = await manager.query<QueueRecord[]>(
      `SELECT * FROM mail_queue m
        WHERE m.status = 'pending' AND m.next_attempt_at <= now()
          AND NOT EXISTS (SELECT 1 FROM mail_queue e WHERE e.invitation_id = m.invitation_id AND e.status = 'pending' AND e.seq < m.seq)
        ORDER BY m.seq LIMIT 1 FOR UPDATE SKIP LOCKED`,
    );
    if (!r) return undefined;
    return {
      id: r.id,
      invitationId: r.invitation_id ?? undefined,
      purpose: r.purpose,
      to: { address: r.to_address, name: r.to_name },
      subject: r.subject,
      text: r.text_body,
      html: r.html_body,
      ics: r.ics ? { method: r.ics_method!, content: r.ics } : undefined,
      attachments: r.attachments,
      sentEvent: r.sent_event ?? undefined,
      attempts: r.attempts,
    };
  }

  async markSent(manager: EntityManager, id: string, messageId: string): Promise<void> {
    await manager.query(
      `UPDATE mail_queue SET status = 'sent', sent_at = now(), attempts = attempts + 1, message_id = $2, last_error = NULL WHERE id = $1`,
      [id, messageId],
    );
  }

  async markRetry(manager: EntityManager, id: string, delayMs: number, error: string): Promise<void> {
    await manager.query(
      `UPDATE mail_queue SET attempts = attempts + 1, last_error = $3, next_attempt_at = now() + ($2::int * interval '1 millisecond') WHERE id = $1`,
      [id, delayMs, error.slice(0, 1000)],
    );
  }

  async markFailed(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager.query(
      `UPDATE mail_queue SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`,
      [id, error.slice(0, 1000)],
    );
  }

  async list(
    manager: EntityManager,
    f: { status?: string; invitationId?: string; page: number; pageSize: number; tenants?: string[] | null },
  ): Promise<{ items: MailRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    // a mail belongs to the organization of its invitation's conference
    if (f.tenants)
      where.push(
        `invitation_id IN (SELECT i.id FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE c.tenant = ANY(${p(f.tenants)}))`,
      );
    if (f.status) where.push(`status = ${p(f.status)}`);
    if (f.invitationId) where.push(`invitation_id = ${p(f.invitationId)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM mail_queue ${sql}`,
      params,
    );
    const items = await manager.query<MailRow[]>(
      `SELECT id, invitation_id, purpose, to_address, to_name, subject, status, attempts, next_attempt_at, last_error, created_at, sent_at
         FROM mail_queue ${sql} ORDER BY seq DESC LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items, total };
  }

  /** The organization owning an invitation's conference: the tenant of what is announced about it. */
  async tenantOf(manager: EntityManager, invitationId: string): Promise<string | undefined> {
    const [r] = await manager.query<{ tenant: string | null }[]>(
      'SELECT c.tenant FROM invitations i JOIN conferences c ON c.id = i.conference_id WHERE i.id = $1',
      [invitationId],
    );
    return r?.tenant ?? undefined;
  }

  async pendingCount(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query<[{ n: number }]>(
      `SELECT count(*)::int AS n FROM mail_queue WHERE status = 'pending'`,
    );
    return n;
  }
}
