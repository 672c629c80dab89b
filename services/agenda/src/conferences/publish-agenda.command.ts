import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { AgendaPublished } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { agendaPublishedData } from './conference.events';
import { ConferenceTransaction } from './conference.transaction';
import { AgendaVersionRecord } from './infra/conference.records';

/** Publishes the next version of the agenda: kept here, and announced as `agenda-published`. */
@Injectable()
export class PublishAgendaCommand {
  constructor(
    private readonly tx: ConferenceTransaction,
    private readonly outbox: Outbox,
  ) {}

  async execute(
    actor: Actor,
    conferenceId: string,
  ): Promise<{ conferenceId: string; version: number; publishedAt: Date; segments: unknown[] }> {
    const { result } = await this.tx.run(actor, conferenceId, {}, async (c, manager) => {
      const now = new Date();
      const { version, segments } = c.publishAgenda(now);
      const data = agendaPublishedData(c, version, segments);
      await manager.insert(AgendaVersionRecord, {
        conferenceId: c.id,
        version,
        segments: data.segments,
        publishedAt: now,
      });
      await this.outbox.add(manager, AgendaPublished, { subject: c.id, tenant: c.tenant, data });
      return { conferenceId: c.id, version, publishedAt: now, segments: data.segments };
    });
    return result;
  }
}
