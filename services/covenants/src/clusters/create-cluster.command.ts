import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { Cluster, type NewCluster } from './domain/cluster';
import { ClusterConflict } from './domain/cluster.errors';
import { ClusterRepository } from './infra/cluster.repository';

/** Creates a cluster or bloc with its founding members. */
@Injectable()
export class CreateClusterCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClusterRepository,
  ) {}

  async execute(input: NewCluster): Promise<Cluster> {
    const cluster = Cluster.create(input);
    try {
      await this.dataSource.transaction((manager) => this.clusters.insert(manager, cluster));
    } catch (e) {
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        const s = cluster.snapshot;
        throw new ClusterConflict(
          'duplicateName',
          `${s.organizingBody} đã có “${s.name}”; hãy chọn tên khác`,
          `${s.organizingBody} already has "${s.name}"; choose another name`,
          'name',
        );
      }
      throw e;
    }
    return cluster;
  }
}
