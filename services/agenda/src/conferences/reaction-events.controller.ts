import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import {
  AwardConferred,
  AwardRevoked,
  CovenantCreated,
  CovenantSigned,
  type AwardConferredData,
  type AwardRevokedData,
  type CloudEvent,
  type CovenantCreatedData,
  type CovenantSignedData,
} from '@tdkt/contracts';
import { OnEvent, type InboxContext } from '@tdkt/messaging';
import { CovenantReaction } from './covenant-reaction';
import { ConferenceRepository } from './infra/conference.repository';
import { ReactionsRepository } from './infra/reactions.repository';

/** What other services do at a conference shapes its programme: covenant signing and award presentation. */
@Controller()
export class ReactionEventsController {
  constructor(
    private readonly reaction: CovenantReaction,
    private readonly conferences: ConferenceRepository,
    private readonly reactions: ReactionsRepository,
  ) {}

  /** A covenant drafted for a conference: its signing segment exists, and waits for every signature. */
  @OnEvent(CovenantCreated)
  covenantCreated(@Payload() event: CloudEvent<CovenantCreatedData>, @Ctx() { manager }: InboxContext): Promise<void> {
    return this.reaction.apply(manager, event.data, false);
  }

  /** The last signature: the conference's covenant signing segment is done (created if missing). */
  @OnEvent(CovenantSigned)
  covenantSigned(@Payload() event: CloudEvent<CovenantSignedData>, @Ctx() { manager }: InboxContext): Promise<void> {
    return this.reaction.apply(manager, event.data, true);
  }

  /**
   * An award to be presented at a conference: remembered (even before the conference is known
   * here, or after its revocation, which then wins) and the award presentation segment exists.
   * The listing itself is read from the remembered awards, so a duplicate cannot count twice.
   */
  @OnEvent(AwardConferred)
  async awardConferred(
    @Payload() event: CloudEvent<AwardConferredData>,
    @Ctx() { manager }: InboxContext,
  ): Promise<void> {
    const { conferenceId } = event.data;
    if (conferenceId) await this.conferences.lockId(manager, conferenceId);
    await this.reactions.conferred(manager, event.data);
    if (!conferenceId) return;
    const conference = await this.conferences.find(manager, conferenceId, true);
    if (!conference) return;
    if (conference.applyAwards(await this.reactions.anyAwardFor(manager, conferenceId)))
      await this.conferences.save(manager, conference);
  }

  /** A revoked award leaves the presentation list; remembered even if its conferment has not arrived yet. */
  @OnEvent(AwardRevoked)
  awardRevoked(@Payload() event: CloudEvent<AwardRevokedData>, @Ctx() { manager }: InboxContext): Promise<void> {
    return this.reactions.revoked(manager, event.data);
  }
}
