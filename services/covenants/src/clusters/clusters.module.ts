import { Module } from '@nestjs/common';
import { ChangeClusterCommand } from './change-cluster.command';
import { ClusterQueries } from './cluster.queries';
import { ClustersController } from './clusters.controller';
import { CreateClusterCommand } from './create-cluster.command';
import { ClusterRepository } from './infra/cluster.repository';

@Module({
  controllers: [ClustersController],
  providers: [ClusterRepository, ClusterQueries, CreateClusterCommand, ChangeClusterCommand],
  exports: [ClusterRepository],
})
export class ClustersModule {}
