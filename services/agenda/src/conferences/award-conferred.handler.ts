import { Injectable } from '@nestjs/common';
import { AwardConferred, type AwardConferredData, type CloudEvent } from '@tdkt/contracts';
import type { EventHandler } from '@tdkt/messaging';
import type { EntityManager } from 'typeorm';
import { ConferenceRepository } from './infra/conference.repository';
import { ReactionsRepository } from './infra/reactions.repository';

/**
 * An award to be presented at a conference: remembered (even before the conference is known
 * here, or after its revocation, which then wins) and the award presentation segment exists.
 * The listing itself is read from the remembered awards, so a duplicate cannot count twice.
 */
@Injectable()
export class AwardConferredHandler implements EventHandler<AwardConferredData> {
  readonly event = AwardConferred;

  constructor(
    private readonly conferences: ConferenceRepository,
    private readonly reactions: ReactionsRepository,
  ) {}

  async handle(event: CloudEvent<AwardConferredData>, manager: EntityManager): Promise<void> {
    const { conferenceId } = event.data;
    if (conferenceId) await this.conferences.lockId(manager, conferenceId);
    await this.reactions.conferred(manager, event.data);
    if (!conferenceId) return;
    const conference = await this.conferences.find(manager, conferenceId, true);
    if (!conference) return;
    if (conference.applyAwards(await this.reactions.anyAwardFor(manager, conferenceId))) await this.conferences.save(manager, conference);
  }
}
