import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantCreated } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { ClusterRepository } from '../clusters/infra/cluster.repository';
import { yearEnd, yearStart, type CalendarDate } from '../common/domain/text';
import { covenantCreatedData } from './covenant.events';
import { Covenant } from './domain/covenant';
import type { TargetInput } from './domain/targets';
import type { Visible } from '../common/domain/acting';
import { CovenantRepository } from './infra/covenant.repository';
import { localDate } from '@tdkt/vietnamese';

export interface CreateCovenantInput {
  title: string;
  clusterId: string;
  year: number;
  membersOn?: CalendarDate;
  conferenceId?: string;
  parties?: { unitName: string }[];
  targets?: TargetInput[];
}

/**
 * Drafts a covenant for a cluster and a year; the parties default to the cluster's members on
 * `membersOn` (by default today, kept within the covenant's year). The rows and
 * `covenant-created` commit together.
 */
@Injectable()
export class CreateCovenantCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly clusters: ClusterRepository,
    private readonly outbox: Outbox,
  ) {}

  /** `visible`: a covenant is drafted for a cluster the caller may see, and takes its tenant. */
  execute(input: CreateCovenantInput, visible: Visible, now = new Date()): Promise<Covenant> {
    return this.dataSource.transaction(async (manager) => {
      const cluster = await this.clusters.load(manager, input.clusterId, visible);
      const membersOn = input.membersOn ?? clampToYear(localDate(now), input.year);
      const covenant = Covenant.draft(
        {
          title: input.title,
          cluster: { id: cluster.id, name: cluster.snapshot.name, tenant: cluster.snapshot.tenant },
          year: input.year,
          membersOn,
          members: cluster.membersOn(membersOn).map((m) => m.unitName),
          parties: input.parties,
          conferenceId: input.conferenceId,
          targets: input.targets ?? [],
        },
        now,
      );
      await this.covenants.insert(manager, covenant);
      await this.outbox.add(manager, CovenantCreated, {
        subject: covenant.id,
        data: covenantCreatedData(covenant),
        tenant: covenant.snapshot.tenant,
      });
      return covenant;
    });
  }
}

const clampToYear = (date: CalendarDate, year: number): CalendarDate =>
  date < yearStart(year) ? yearStart(year) : date > yearEnd(year) ? yearEnd(year) : date;
