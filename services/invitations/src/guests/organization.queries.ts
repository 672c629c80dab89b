import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PrecedenceRule } from './domain/precedence';
import { PrecedenceRepository } from './infra/precedence.repository';

/** Read side of the organizations' settings: protocol-order tables and default guests. */
@Injectable()
export class OrganizationQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly precedence: PrecedenceRepository,
  ) {}

  /** The rules of one scope (the default, or one organization's own), rank order. */
  rules(scope: string): Promise<PrecedenceRule[]> {
    return this.precedence.rules(this.dataSource.manager, scope);
  }

  /** The table an organization's conferences use: its own, else the default (`scope` says which). */
  async tableFor(organizationId: string): Promise<{ scope: string; rules: PrecedenceRule[] }> {
    const { table, scope } = await this.precedence.tableFor(this.dataSource.manager, organizationId);
    return { scope, rules: [...table.rules] };
  }

  defaultGuests(organizationId: string): Promise<string[]> {
    return this.precedence.defaultGuests(this.dataSource.manager, organizationId);
  }
}
