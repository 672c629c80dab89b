import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Covenant } from './domain/covenant';
import { CovenantRecord } from './infra/covenant.records';
import { CovenantRepository } from './infra/covenant.repository';

export interface CovenantListFilter {
  year?: number;
  status?: string;
  page: number;
  pageSize: number;
}

/** Read side: one covenant with its signing progress; lists filtered and paginated. */
@Injectable()
export class CovenantQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
  ) {}

  get(id: string): Promise<Covenant> {
    return this.covenants.load(this.dataSource.manager, id);
  }

  async list(f: CovenantListFilter): Promise<{ items: CovenantRecord[]; total: number }> {
    const qb = this.dataSource.getRepository(CovenantRecord).createQueryBuilder('c');
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
}
