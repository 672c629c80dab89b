import { Injectable } from '@nestjs/common';
import { type Actor, canSee, visibleTenants } from '@tdkt/auth';
import { DataSource } from 'typeorm';
import type { RecordedCeremonyFact } from './domain/ceremony-fact';
import { CeremonyRepository } from './infra/ceremony.repository';
import { agendaSheet, type AgendaSheet } from './domain/agenda-sheet';
import { conferenceNotFound } from './domain/conference.errors';
import { AgendaVersionRecord, ConferenceRecord } from './infra/conference.records';
import { ConferenceRepository } from './infra/conference.repository';
import { ReactionsRepository } from './infra/reactions.repository';

export interface ConferenceListFilter {
  status?: string;
  year?: number;
  organizationId?: string;
  page: number;
  pageSize: number;
}

/** Read side: one conference with its agenda as readers see it; lists filtered and paginated. */
@Injectable()
export class ConferenceQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceRepository,
    private readonly reactions: ReactionsRepository,
    private readonly ceremony: CeremonyRepository,
  ) {}

  /** What was recorded of the conference's ceremony, in the order entered. */
  ceremonyFacts(actor: Actor, id: string): Promise<RecordedCeremonyFact[]> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const c = await this.conferences.load(manager, id);
      if (!canSee(actor, c.tenant)) throw conferenceNotFound(id);
      return this.ceremony.list(manager, id);
    });
  }

  /** One consistent snapshot of the conference, its awards and its covenants. */
  sheet(actor: Actor, id: string): Promise<AgendaSheet> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const c = await this.conferences.load(manager, id);
      if (!canSee(actor, c.tenant)) throw conferenceNotFound(id);
      return agendaSheet(
        c,
        await this.reactions.awardsFor(manager, id),
        await this.reactions.covenantsFor(manager, id),
      );
    });
  }

  async list(actor: Actor, f: ConferenceListFilter): Promise<{ items: ConferenceRecord[]; total: number }> {
    const qb = this.dataSource.getRepository(ConferenceRecord).createQueryBuilder('c');
    const tenants = visibleTenants(actor);
    if (tenants) qb.andWhere('c.tenant = ANY(:tenants)', { tenants });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    if (f.year) qb.andWhere('c.year_reviewed = :year', { year: f.year });
    if (f.organizationId) qb.andWhere('c.organization_id = :org', { org: f.organizationId });
    const [items, total] = await qb
      .orderBy('c.starts_at', 'DESC')
      .addOrderBy('c.id')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  async versions(
    actor: Actor,
    conferenceId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: AgendaVersionRecord[]; total: number }> {
    const owner = await this.dataSource
      .getRepository(ConferenceRecord)
      .findOne({ where: { id: conferenceId }, select: { id: true, tenant: true } });
    if (!owner || !canSee(actor, owner.tenant)) throw conferenceNotFound(conferenceId);
    const [items, total] = await this.dataSource.getRepository(AgendaVersionRecord).findAndCount({
      where: { conferenceId },
      order: { version: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items, total };
  }
}
