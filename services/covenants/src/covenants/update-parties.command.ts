import type { Visible } from '../common/domain/acting';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ClusterRepository } from '../clusters/infra/cluster.repository';
import type { Covenant } from './domain/covenant';
import { CovenantRuleBroken } from './domain/covenant.errors';
import { CovenantRepository } from './infra/covenant.repository';

/** Replaces a draft's parties; each must be a member of the cluster on the covenant's date. */
@Injectable()
export class UpdatePartiesCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly clusters: ClusterRepository,
  ) {}

  execute(covenantId: string, parties: { unitName: string }[], visible: Visible): Promise<Covenant> {
    return this.dataSource.transaction(async (manager) => {
      const covenant = await this.covenants.load(manager, covenantId, visible, true);
      const { clusterId, membersOn } = covenant.snapshot;
      if (!clusterId || !membersOn) {
        throw new CovenantRuleBroken(
          'noCluster',
          'parties',
          'Giao ước này được lập trước khi có cụm thi đua; không thể đối chiếu thành viên',
          'this covenant predates clusters; its members cannot be checked',
        );
      }
      // the covenant's own cluster: the same tenant
      const cluster = await this.clusters.load(manager, clusterId, null);
      covenant.replaceParties(
        cluster.membersOn(membersOn).map((m) => m.unitName),
        parties,
      );
      await this.covenants.replaceParties(manager, covenant);
      return covenant;
    });
  }
}
