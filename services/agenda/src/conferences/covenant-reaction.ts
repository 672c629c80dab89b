import { Injectable } from '@nestjs/common';
import type { CovenantCreatedData, CovenantSignedData } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import { ConferenceRepository } from './infra/conference.repository';
import { ReactionsRepository } from './infra/reactions.repository';

/**
 * A covenant to be signed at a conference: remembered, then applied to the conference if it is
 * known here (its signing segment exists, and is done once every covenant is fully signed).
 */
@Injectable()
export class CovenantReaction {
  constructor(
    private readonly conferences: ConferenceRepository,
    private readonly reactions: ReactionsRepository,
  ) {}

  async apply(manager: EntityManager, data: CovenantCreatedData | CovenantSignedData, signed: boolean): Promise<void> {
    if (!data.conferenceId) return; // signed outside any conference: nothing on an agenda
    await this.conferences.lockId(manager, data.conferenceId);
    await this.reactions.covenant(manager, data, signed);
    const conference = await this.conferences.find(manager, data.conferenceId, true);
    if (!conference) return; // applied when the conference is created here
    if (conference.applyCovenants(await this.reactions.covenantsFor(manager, data.conferenceId)))
      await this.conferences.save(manager, conference);
  }
}
