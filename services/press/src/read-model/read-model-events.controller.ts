import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { CloudEvent } from '@tdkt/contracts';
import type { InboxContext } from '@tdkt/messaging';
import { ReadModelProjection, READ_MODEL_EVENTS } from './projection';
import { StaleSubjects } from './stale-subjects';

/**
 * Every event press consumes: apply the fact to the read model, mark the drafts it concerns as
 * behind (the regenerator writes them). The inbox (same transaction) makes a duplicate change nothing.
 */
@Controller()
export class ReadModelEventsController {
  constructor(
    private readonly projection: ReadModelProjection,
    private readonly stale: StaleSubjects,
  ) {}

  @EventPattern(READ_MODEL_EVENTS.map((d) => d.type))
  async project(@Payload() event: CloudEvent, @Ctx() { manager }: InboxContext): Promise<void> {
    await this.stale.guard(manager);
    await this.stale.mark(manager, await this.projection.apply(manager, event));
  }
}
