import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
import { VenueRepository } from '../venues/infra/venue.repository';
import { ConferenceTransaction } from './conference.transaction';
import type { Conference } from './domain/conference';
import type { ConferenceDetails } from './domain/conference.types';

export type EditConferenceInput = Partial<Omit<ConferenceDetails, 'venue' | 'timeZone'>> & { venueId?: string };

/** Edits a draft (title, organizer, kind, years, times, format, venue); nothing is announced yet. */
@Injectable()
export class EditConferenceCommand {
  constructor(
    private readonly tx: ConferenceTransaction,
    private readonly venues: VenueRepository,
  ) {}

  async execute(actor: Actor, id: string, input: EditConferenceInput): Promise<Conference> {
    const { venueId, ...details } = input;
    const { conference } = await this.tx.run(actor, id, { venue: true, presenters: true }, async (c, manager) => {
      const venue = venueId ? await this.venues.reference(manager, venueId, actor) : undefined;
      c.edit({ ...details, ...(venue ? { venue } : {}) });
    });
    return conference;
  }
}
