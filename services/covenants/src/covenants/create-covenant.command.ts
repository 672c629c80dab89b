import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantCreated } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { covenantCreatedData } from './covenant.events';
import { Covenant, type NewCovenant } from './domain/covenant';
import { CovenantRepository } from './infra/covenant.repository';

/** Drafts a covenant; the row and `covenant-created` commit together. */
@Injectable()
export class CreateCovenantCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(input: NewCovenant): Promise<Covenant> {
    const covenant = Covenant.draft(input);
    return this.dataSource.transaction(async (manager) => {
      await this.covenants.insert(manager, covenant);
      await this.outbox.add(manager, CovenantCreated, { subject: covenant.id, data: covenantCreatedData(covenant) });
      return covenant;
    });
  }
}
