import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CovenantSigned, type CloudEvent, type CovenantSignedData } from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { ReadModelRepository } from '../read-model/infra/read-model.repository';
import { ReadModelProjection } from '../read-model/projection';
import { StaleConferences } from './regeneration/stale-conferences';
import { covenantTarget, writeCovenantSigningDraft } from './domain/covenant-signing.writer';
import { DraftWriter } from './draft.writer';

/**
 * A fully signed covenant → its signing news draft at once (a new version when the facts
 * changed, only flagged once a person holds it); its conference's drafts gain the covenant.
 */
@Controller()
export class CovenantEventsController {
  constructor(
    private readonly projection: ReadModelProjection,
    private readonly readModel: ReadModelRepository,
    private readonly writer: DraftWriter,
    private readonly stale: StaleConferences,
  ) {}

  @OnEvent(CovenantSigned)
  async signed(@Payload() event: CloudEvent<CovenantSignedData>, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.stale.guard(manager);
    const conferences = await this.projection.apply(manager, event);
    // written from the fact that won in the read model: a late, older signing cannot roll the draft back
    const signed = (await this.readModel.covenant(manager, event.data.covenantId))?.signed;
    if (signed) await this.writer.write(manager, covenantTarget(signed.data), writeCovenantSigningDraft(signed.data, signed.eventId), signed.eventId);
    await this.stale.mark(manager, conferences);
  }
}
