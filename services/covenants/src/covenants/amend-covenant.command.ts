import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CovenantCreated } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { covenantCreatedData } from './covenant.events';
import type { Covenant } from './domain/covenant';
import { CovenantStateConflict } from './domain/covenant.errors';
import type { TargetInput } from './domain/targets';
import type { Visible } from '../common/domain/acting';
import { CovenantRepository } from './infra/covenant.repository';

export interface AmendCovenantInput {
  covenantId: string;
  reason: string;
  title?: string;
  conferenceId?: string;
  targets?: TargetInput[];
}

/**
 * An amendment (sửa đổi, bổ sung) to a fully signed covenant: a new version, drafted, to be signed
 * again by every party. The signed version and its signatures stay as they are.
 */
@Injectable()
export class AmendCovenantCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covenants: CovenantRepository,
    private readonly outbox: Outbox,
  ) {}

  execute(input: AmendCovenantInput, visible: Visible, now = new Date()): Promise<Covenant> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.covenants.load(manager, input.covenantId, visible, true);
      const versions = await this.covenants.versions(manager, current.snapshot.lineageId);
      const later = versions.find((v) => v.version > current.snapshot.version);
      if (later) {
        throw new CovenantStateConflict(
          'laterVersionExists',
          `Đã có phiên bản ${later.version} (${later.id}) của giao ước này; hãy sửa đổi từ phiên bản đó`,
          `version ${later.version} (${later.id}) of this covenant already exists; amend that one`,
        );
      }
      const amendment = current.amend(input, now);
      await this.covenants.insert(manager, amendment);
      await this.outbox.add(manager, CovenantCreated, {
        subject: amendment.id,
        data: covenantCreatedData(amendment),
        tenant: amendment.snapshot.tenant,
      });
      return amendment;
    });
  }
}
