import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Cluster } from './domain/cluster';
import type { Visible } from '../common/domain/acting';
import { ClusterRepository } from './infra/cluster.repository';

/**
 * Applies one change (a member joins or leaves, a reorganisation, an election, a handover) to a
 * cluster under a row lock, so that two requests for one year or one unit queue up.
 */
@Injectable()
export class ChangeClusterCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clusters: ClusterRepository,
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
      return { cluster, result };
    });
  }
}
