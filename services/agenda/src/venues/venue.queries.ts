import { Injectable } from '@nestjs/common';
import type { Actor } from '@tdkt/auth';
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

  list(actor: Actor, page: number, pageSize: number): Promise<{ items: Venue[]; total: number }> {
    return this.venues.list(this.dataSource.manager, actor, page, pageSize);
  }

  get(actor: Actor, id: string): Promise<Venue> {
    return this.venues.get(this.dataSource.manager, id, actor);
  }
}
