import { Controller, Logger } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { CovenantEvaluated, type CloudEvent, type CovenantEvaluatedData } from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { proposeFlag } from './domain/proposal';
import { ProposalRepository } from './infra/proposal.repository';

/**
 * A covenant's year-end ranking → a pending proposal of the emulation flag for its leading unit.
 * A later evaluation of the same covenant (a correction) replaces a proposal still pending; one
 * already decided stays as it was.
 */
@Controller()
export class CovenantEventsController {
  private readonly logger = new Logger(CovenantEventsController.name);

  constructor(private readonly proposals: ProposalRepository) {}

  @OnEvent(CovenantEvaluated)
  async evaluated(
    @Payload() event: CloudEvent<CovenantEvaluatedData>,
    @Ctx() { manager }: InboxContext,
  ): Promise<void> {
    // the covenant's owner travels with the proposal, so reads are filtered by it
    const fresh = { ...proposeFlag(event.data, event.id), ...(event.tenant ? { tenant: event.tenant } : {}) };
    const existing = await this.proposals.forCovenant(manager, event.data.covenantId);
    if (existing && existing.status !== 'pending') {
      this.logger.warn({
        msg: 'covenant re-evaluated after its proposal was decided; left as it is',
        covenantId: existing.covenantId,
        status: existing.status,
      });
      return;
    }
    if (existing && existing.evaluatedAt >= fresh.evaluatedAt) return; // an older evaluation arriving late
    await this.proposals.save(
      manager,
      existing ? { ...fresh, id: existing.id, awardTypeCode: existing.awardTypeCode } : fresh,
    );
  }
}
