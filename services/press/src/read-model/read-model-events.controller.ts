import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CovenantSigned, type CloudEvent } from '@tdkt/contracts';
import type { InboxContext } from '@tdkt/messaging';
import { StaleConferences } from '../drafts/regeneration/stale-conferences';
import { ReadModelProjection, READ_MODEL_EVENTS } from './projection';

/** covenant-signed also writes its draft at once (drafts' CovenantEventsController); every other event feeds the read model only. */
const PROJECTED = READ_MODEL_EVENTS.filter((d) => d.type !== CovenantSigned.type).map((d) => d.type);

/**
 * Every event the read model folds in: apply the fact, mark the conference's drafts as behind.
 * The inbox (same transaction) makes a duplicate change nothing.
 */
@Controller()
export class ReadModelEventsController {
  constructor(
    private readonly projection: ReadModelProjection,
    private readonly stale: StaleConferences,
  ) {}

  @EventPattern(PROJECTED)
  async project(@Payload() event: CloudEvent, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.stale.guard(manager);
    await this.stale.mark(manager, await this.projection.apply(manager, event));
  }
}
