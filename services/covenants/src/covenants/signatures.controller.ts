import { CurrentActor, Roles, visibleTenants, type Actor } from '@tdkt/auth';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor } from '@tdkt/service-kit';
import { CovenantQueries } from './covenant.queries';
import { ReasonDto } from './dto/create-covenant.dto';
import { covenantView } from './dto/covenant.view';
import { RecordSignatureDto } from './dto/record-signature.dto';
import { RecordSignatureCommand } from './record-signature.command';
import { WithdrawSignatureCommand } from './withdraw-signature.command';

@ApiTags('signatures')
@Controller('covenants/:id/signatures')
@UseInterceptors(IdempotencyInterceptor)
@Roles('cluster-lead', 'admin')
export class SignaturesController {
  constructor(
    private readonly recordSignature: RecordSignatureCommand,
    private readonly withdrawSignature: WithdrawSignatureCommand,
    private readonly queries: CovenantQueries,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: "Record a party's signature; the last one makes the covenant fully signed" })
  async sign(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordSignatureDto,
    @CurrentActor() actor: Actor,
  ) {
    const { covenant, completed } = await this.recordSignature.execute(
      {
        covenantId: id,
        partyId: body.partyId,
        signatory: body.signatory,
        signedAt: body.signedAt ? new Date(body.signedAt) : undefined,
        place: body.place,
        mode: body.mode,
        onBehalfOf: body.onBehalfOf,
        // who recorded it: the signed-in user, whatever the body says
        recordedBy: { id: actor.id, name: actor.name },
      },
      visibleTenants(actor),
    );
    return { completed, covenant: covenantView(covenant, await this.queries.conferenceOf(covenant)) };
  }

  @Post(':partyId/withdrawal')
  @HttpCode(201)
  @ApiOperation({ summary: "Withdraw a party's signature, with a reason, before the covenant is fully signed" })
  async withdraw(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('partyId', new ParseUUIDPipe()) partyId: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ) {
    const { covenant } = await this.withdrawSignature.execute(
      { covenantId: id, partyId, reason: body.reason, by: { id: actor.id, name: actor.name } },
      visibleTenants(actor),
    );
    return covenantView(covenant, await this.queries.conferenceOf(covenant));
  }
}
