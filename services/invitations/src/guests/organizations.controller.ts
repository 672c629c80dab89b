import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { InvalidInput, NotFound } from '../common/domain/invitations.errors';
import { ruleProblems, type PrecedenceRule } from './domain/precedence';
import { DefaultGuestsDto, PrecedenceTableDto } from './dto/guest.dto';
import { GuestRepository } from './infra/guest.repository';
import { DEFAULT_SCOPE, PrecedenceRepository } from './infra/precedence.repository';
import { cleanText } from '@tdkt/vietnamese';

/** Protocol-order tables (the default, and each organization's own) and organizers' default guests. */
@ApiTags('organizations')
@Controller()
export class OrganizationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly precedence: PrecedenceRepository,
    private readonly guests: GuestRepository,
  ) {}

  @Get('precedence-tables/default')
  @ApiOperation({ summary: 'The default protocol order (Party rank, then state posts), rank order' })
  async defaultTable() {
    return { scope: DEFAULT_SCOPE, rules: await this.precedence.rules(this.dataSource.manager, DEFAULT_SCOPE) };
  }

  @Put('precedence-tables/default')
  @ApiOperation({ summary: 'Replace the default protocol order' })
  async replaceDefault(@Body() body: PrecedenceTableDto) {
    return this.replace(DEFAULT_SCOPE, body.rules);
  }

  @Get('organizations/:id/precedence-table')
  @ApiOperation({ summary: "An organization's protocol order (the default when it has none of its own; `scope` says which)" })
  async table(@Param('id', new ParseUUIDPipe()) id: string) {
    const { table, scope } = await this.precedence.tableFor(this.dataSource.manager, id);
    return { scope, rules: [...table.rules] };
  }

  @Put('organizations/:id/precedence-table')
  @ApiOperation({ summary: "Replace an organization's protocol order (an empty list falls back to the default)" })
  async replaceTable(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: PrecedenceTableDto) {
    return this.replace(id, body.rules);
  }

  @Get('organizations/:id/default-guests')
  @ApiOperation({ summary: "The guests an organizer's conferences start with" })
  async defaultGuests(@Param('id', new ParseUUIDPipe()) id: string) {
    const ids = await this.precedence.defaultGuests(this.dataSource.manager, id);
    return { organizationId: id, guestIds: ids };
  }

  @Put('organizations/:id/default-guests')
  @ApiOperation({ summary: "Set the guests every conference of this organizer starts with (a draft list on agenda.conference-scheduled)" })
  async setDefaultGuests(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: DefaultGuestsDto) {
    const ids = [...new Set(body.guestIds)];
    return this.dataSource.transaction(async (manager) => {
      const found = new Set((await this.guests.byIds(manager, ids)).map((g) => g.id));
      const missing = ids.find((g) => !found.has(g));
      if (missing) throw new NotFound('guest', missing);
      await this.precedence.setDefaultGuests(manager, id, ids);
      return { organizationId: id, guestIds: ids };
    });
  }

  private async replace(scope: string, input: PrecedenceRule[]) {
    const rules = input.map((r) => ({ pattern: cleanText(r.pattern), rank: r.rank }));
    const problems = ruleProblems(rules);
    if (problems.length) {
      const p = problems[0]!;
      throw new InvalidInput(`rules[${p.index}]`, `Dòng ${p.index + 1}: ${p.vi}`, `row ${p.index + 1}: ${p.en}`);
    }
    await this.dataSource.transaction((manager) => this.precedence.replace(manager, scope, rules));
    return { scope, rules: await this.precedence.rules(this.dataSource.manager, scope) };
  }
}
