import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConferenceView } from '../conferences/domain/conference';
import { ConferenceRepository } from '../conferences/infra/conference.repository';
import type { Covenant } from './domain/covenant';
import type { Visible } from '../common/domain/acting';
import { CovenantRecord } from './infra/covenant.records';
import { CovenantRepository } from './infra/covenant.repository';

export interface CovenantListFilter {
  clusterId?: string;
  year?: number;
  status?: string;
  page: number;
  pageSize: number;
}

/** Read side: one covenant with its conference; lists filtered and paginated; the versions of one. */
@Injectable()
export class CovenantQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly conferences: ConferenceRepository,
  ) {}

  get(id: string, visible: Visible): Promise<Covenant> {
    return this.covenants.load(this.dataSource.manager, id, visible);
  }

  conferenceOf(c: Covenant): Promise<ConferenceView | undefined> {
    const id = c.snapshot.conferenceId;
    return id ? this.conferences.find(this.dataSource.manager, id) : Promise.resolve(undefined);
  }

  async list(f: CovenantListFilter, visible: Visible): Promise<{ items: CovenantRecord[]; total: number }> {
    const qb = this.dataSource.getRepository(CovenantRecord).createQueryBuilder('c');
    if (visible !== null) qb.andWhere('c.tenant = ANY(:visible)', { visible: [...visible] });
    if (f.clusterId) qb.andWhere('c.cluster_id = :clusterId', { clusterId: f.clusterId });
    if (f.year) qb.andWhere('c.year = :year', { year: f.year });
    if (f.status) qb.andWhere('c.status = :status', { status: f.status });
    const [items, total] = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  /** Every version of the covenant `id` belongs to, oldest first (a handful: not paginated). */
  async versions(id: string, visible: Visible): Promise<CovenantRecord[]> {
    const c = await this.get(id, visible);
    return this.dataSource
      .getRepository(CovenantRecord)
      .find({ where: { lineageId: c.snapshot.lineageId }, order: { version: 'ASC' } });
  }
}
