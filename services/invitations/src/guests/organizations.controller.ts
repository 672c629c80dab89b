import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '@tdkt/auth';
import { READERS, WRITERS } from '../access';
import { DefaultGuestsDto, PrecedenceTableDto } from './dto/guest.dto';
import { DEFAULT_SCOPE } from './infra/precedence.repository';
import { OrganizationSettingsCommands } from './organization-settings.commands';
import { OrganizationOwnership } from './organization-ownership';
import { OrganizationQueries } from './organization.queries';

/** Protocol-order tables (the default, and each organization's own) and organizers' default guests. */
@ApiTags('organizations')
@Controller()
@Roles(...WRITERS)
export class OrganizationsController {
  constructor(
    private readonly queries: OrganizationQueries,
    private readonly settings: OrganizationSettingsCommands,
    private readonly ownership: OrganizationOwnership,
  ) {}

  @Get('precedence-tables/default')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The default protocol order (Party rank, then state posts), rank order' })
  async defaultTable() {
    return { scope: DEFAULT_SCOPE, rules: await this.queries.rules(DEFAULT_SCOPE) };
  }

  @Put('precedence-tables/default')
  // the platform-wide protocol order: not one organizer's to change
  @Roles('admin')
  @ApiOperation({ summary: 'Replace the default protocol order' })
  async replaceDefault(@Body() body: PrecedenceTableDto) {
    return { scope: DEFAULT_SCOPE, rules: await this.settings.replaceTable(DEFAULT_SCOPE, body.rules) };
  }

  @Get('organizations/:id/precedence-table')
  @Roles(...READERS)
  @ApiOperation({
    summary: "An organization's protocol order (the default when it has none of its own; `scope` says which)",
  })
  async table(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    await this.ownership.assertReadable(actor, id);
    return this.queries.tableFor(id);
  }

  @Put('organizations/:id/precedence-table')
  @ApiOperation({ summary: "Replace an organization's protocol order (an empty list falls back to the default)" })
  async replaceTable(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: PrecedenceTableDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.ownership.claim(actor, id);
    return { scope: id, rules: await this.settings.replaceTable(id, body.rules) };
  }

  @Get('organizations/:id/default-guests')
  @Roles(...READERS)
  @ApiOperation({ summary: "The guests an organizer's conferences start with" })
  async defaultGuests(@Param('id', new ParseUUIDPipe()) id: string, @CurrentActor() actor: Actor) {
    await this.ownership.assertReadable(actor, id);
    return { organizationId: id, guestIds: await this.queries.defaultGuests(id) };
  }

  @Put('organizations/:id/default-guests')
  @ApiOperation({
    summary:
      'Set the guests every conference of this organizer starts with (a draft list on agenda.conference-scheduled)',
  })
  async setDefaultGuests(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DefaultGuestsDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.ownership.claim(actor, id);
    return { organizationId: id, guestIds: await this.settings.setDefaultGuests(id, body.guestIds) };
  }
}
