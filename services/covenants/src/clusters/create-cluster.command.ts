import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { ClusterChanged } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { clusterChangedData } from './cluster.events';
import { Cluster, type NewCluster } from './domain/cluster';
import { ClusterConflict } from './domain/cluster.errors';
import { ClusterRepository } from './infra/cluster.repository';

/** Creates a cluster or bloc with its founding members; `cluster-changed` commits with it. */
@Injectable()
export class CreateClusterCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClusterRepository,
    private readonly outbox: Outbox,
  ) {}

  async execute(input: NewCluster, now = new Date()): Promise<Cluster> {
    const cluster = Cluster.create(input, now);
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.clusters.insert(manager, cluster);
        await this.outbox.add(manager, ClusterChanged, {
          subject: cluster.id,
          data: clusterChangedData(cluster, now),
          tenant: cluster.snapshot.tenant,
        });
      });
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
