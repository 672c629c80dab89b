import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { newVenue, type Venue } from './domain/venue';
import { VenueRepository } from './infra/venue.repository';

/** Registers a venue (hội trường); the same name and address twice is a 409 naming the existing id. */
@Injectable()
export class CreateVenueCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly venues: VenueRepository,
  ) {}

  async execute(input: { name: string; address?: string; tenant: string }): Promise<Venue> {
    const venue = newVenue(input);
    await this.dataSource.transaction((m) => this.venues.insert(m, venue));
    return venue;
  }
}
