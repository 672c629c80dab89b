import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PageQuery } from '@tdkt/service-kit';
import type { Cluster } from './domain/cluster';
import type { Visible } from '../common/domain/acting';
import { ClusterRecord } from './infra/cluster.records';
import { ClusterRepository } from './infra/cluster.repository';

/** Read side of clusters: lists (paginated), one cluster with its history. */
@Injectable()
export class ClusterQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClusterRepository,
  ) {}

  get(id: string, visible: Visible): Promise<Cluster> {
    return this.clusters.load(this.dataSource.manager, id, visible);
  }

  async list(
    f: Pick<PageQuery, 'page' | 'pageSize'> & { kind?: string; organizingBody?: string },
    visible: Visible,
  ): Promise<{ items: ClusterRecord[]; total: number }> {
    const qb = this.dataSource.getRepository(ClusterRecord).createQueryBuilder('c');
    if (visible !== null) qb.andWhere('c.tenant = ANY(:visible)', { visible: [...visible] });
    if (f.kind) qb.andWhere('c.kind = :kind', { kind: f.kind });
    if (f.organizingBody)
      qb.andWhere("c.organizing_body ILIKE '%' || :body || '%'", { body: f.organizingBody.normalize('NFC') });
    const [items, total] = await qb
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items, total };
  }
}
