import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClusterChanged } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { clusterChangedData } from './cluster.events';
import type { Cluster } from './domain/cluster';
import type { Visible } from '../common/domain/acting';
import { ClusterRepository } from './infra/cluster.repository';

/**
 * Applies one change (a member joins or leaves, a reorganisation, an election, a handover) to a
 * cluster under a row lock, so that two requests for one year or one unit queue up; the
 * cluster as it then stands (`cluster-changed`) commits with the change.
 */
@Injectable()
export class ChangeClusterCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClusterRepository,
    private readonly outbox: Outbox,
  ) {}

  execute<T>(
    clusterId: string,
    visible: Visible,
    change: (cluster: Cluster) => T,
  ): Promise<{ cluster: Cluster; result: T }> {
    return this.dataSource.transaction(async (manager) => {
      const cluster = await this.clusters.load(manager, clusterId, visible, true);
      const result = change(cluster);
      await this.clusters.saveChanges(manager, cluster);
      await this.outbox.add(manager, ClusterChanged, {
        subject: cluster.id,
        data: clusterChangedData(cluster, new Date()),
        tenant: cluster.snapshot.tenant,
      });
      return { cluster, result };
    });
  }
}
