import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Venue } from './domain/venue';
import { VenueRepository } from './infra/venue.repository';

/** Read side of the venues: by name, and one by id (404 when unknown). */
@Injectable()
export class VenueQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly venues: VenueRepository,
  ) {}

  list(page: number, pageSize: number): Promise<{ items: Venue[]; total: number }> {
    return this.venues.list(this.dataSource.manager, page, pageSize);
  }

  get(id: string): Promise<Venue> {
    return this.venues.get(this.dataSource.manager, id);
  }
}
