import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { DataSource } from 'typeorm';
import { VenueRepository } from '../venues/infra/venue.repository';
import { ConferenceTransaction } from './conference.transaction';
import { Conference, type NewConference } from './domain/conference';
import { Duplicate } from './domain/conference.errors';
import { ConferenceRepository } from './infra/conference.repository';
import { ReactionsRepository } from './infra/reactions.repository';

export type CreateConferenceInput = Omit<NewConference, 'venue'> & { venueId?: string; tenant: string };

/**
 * Creates a draft conference. Covenants and awards already announced for its id (they may
 * arrive first) are applied at once; the id lock keeps an event handler from slipping between.
 */
@Injectable()
export class CreateConferenceCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceRepository,
    private readonly venues: VenueRepository,
    private readonly reactions: ReactionsRepository,
    private readonly tx: ConferenceTransaction,
  ) {}

  execute(actor: Actor, input: CreateConferenceInput): Promise<Conference> {
    return this.dataSource.transaction(async (manager) => {
      const venue = input.venueId ? await this.venues.reference(manager, input.venueId, actor) : undefined;
      const conference = Conference.create({ ...input, venue });
      await this.conferences.lockId(manager, conference.id);
      if (input.id && (await this.conferences.find(manager, input.id))) {
        throw new Duplicate(`Đã có hội nghị mã ${input.id}`, `conference ${input.id} already exists`, 'id');
      }
      conference.applyCovenants(await this.reactions.covenantsFor(manager, conference.id));
      conference.applyAwards(await this.reactions.anyAwardFor(manager, conference.id));
      await this.tx.checkClashes(manager, conference, { venue: true });
      await this.conferences.insert(manager, conference);
      return conference;
    });
  }
}
