import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidInput, NotFound } from '../common/domain/invitations.errors';
import { cleanText } from '@tdkt/vietnamese';
import { ruleProblems, type PrecedenceRule } from './domain/precedence';
import { GuestRepository } from './infra/guest.repository';
import { PrecedenceRepository } from './infra/precedence.repository';

/** An organization's settings: its protocol-order table (or the default one) and its default guests. */
@Injectable()
export class OrganizationSettingsCommands {
  constructor(
    private readonly dataSource: DataSource,
    private readonly precedence: PrecedenceRepository,
    private readonly guests: GuestRepository,
  ) {}

  /** Replaces the rules of one scope; the first bad rule refuses all, named by its row. Answers the rules as stored. */
  async replaceTable(scope: string, input: PrecedenceRule[]): Promise<PrecedenceRule[]> {
    const rules = input.map((r) => ({ pattern: cleanText(r.pattern), rank: r.rank }));
    const problems = ruleProblems(rules);
    if (problems.length) {
      const p = problems[0]!;
      throw new InvalidInput(`rules[${p.index}]`, `Dòng ${p.index + 1}: ${p.vi}`, `row ${p.index + 1}: ${p.en}`);
    }
    await this.dataSource.transaction((manager) => this.precedence.replace(manager, scope, rules));
    return this.precedence.rules(this.dataSource.manager, scope);
  }

  /** Sets the guests every conference of this organizer starts with; an unknown guest is a 404. */
  setDefaultGuests(organizationId: string, guestIds: string[]): Promise<string[]> {
    const ids = [...new Set(guestIds)];
    return this.dataSource.transaction(async (manager) => {
      const found = new Set((await this.guests.byIds(manager, ids)).map((g) => g.id));
      const missing = ids.find((g) => !found.has(g));
      if (missing) throw new NotFound('guest', missing);
      await this.precedence.setDefaultGuests(manager, organizationId, ids);
      return ids;
    });
  }
}
