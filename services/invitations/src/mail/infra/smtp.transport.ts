import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { INVITATIONS_CONFIG } from '../../common/settings.module';
import type { InvitationsConfig } from '../../config/invitations.config';
import { domainOf, parseMailbox } from '../domain/address';
import type { QueuedMail } from './mail-queue.repository';

export class PermanentSmtpError extends Error {}

/**
 * nodemailer over SMTP with a pool of connections (one per worker lane): a new connection per
 * mail costs a greeting each time (servers delay it on purpose against early talkers: 100 ms for
 * smtp-server; bench/invitation-mail.bench.ts). A server that went away and came back is reached
 * again by the pool's next connection. `send` resolves only when the server accepted the message
 * (250 after DATA); a 5xx refusal of the recipient or message is permanent.
 */
@Injectable()
export class SmtpTransport implements OnModuleDestroy {
  private readonly transporter: Transporter;
  private readonly domain: string;

  constructor(@Inject(INVITATIONS_CONFIG) private readonly config: InvitationsConfig) {
    const s = config.smtp;
    this.transporter = nodemailer.createTransport({
      host: s.host,
      port: s.port,
      secure: s.secure,
      ignoreTLS: !s.secure && s.host === '127.0.0.1',
      pool: true,
      maxConnections: config.mail.concurrency,
      maxMessages: 500,
      ...(s.user ? { auth: { user: s.user, pass: s.password ?? '' } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.domain = domainOf(parseMailbox(s.from).email);
  }

  async send(m: QueuedMail): Promise<{ messageId: string }> {
    // the same Message-ID on a retry: a mail sent twice (a crash after the server's 250) is recognisable
    const messageId = `<${m.id}@${this.domain}>`;
    try {
      await this.transporter.sendMail({
        from: this.config.smtp.from,
        to: { name: m.to.name, address: m.to.address },
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId,
        ...(m.ics
          ? {
              icalEvent: {
                method: m.ics.method,
                filename: m.ics.method === 'CANCEL' ? 'huy-lich.ics' : 'giay-moi.ics',
                content: m.ics.content,
              },
            }
          : {}),
        attachments: m.attachments.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          cid: a.cid,
          content: Buffer.from(a.base64, 'base64'),
        })),
        headers: m.invitationId ? { 'X-TDKT-Invitation': m.invitationId } : {},
      });
    } catch (e) {
      const err = e as { responseCode?: number; code?: string; message: string };
      // 5xx to the envelope or the message: this mailbox will not take it, retrying cannot help
      if (err.responseCode && err.responseCode >= 500 && (err.code === 'EENVELOPE' || err.code === 'EMESSAGE')) {
        throw new PermanentSmtpError(`${err.responseCode} ${err.message}`);
      }
      throw e;
    }
    return { messageId };
  }

  onModuleDestroy(): void {
    this.transporter.close();
  }
}
