import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/invitations.errors';
import type { Guest } from './domain/guest';
import { GuestRepository } from './infra/guest.repository';

/** Read side of the guests: search by name (Vietnamese order), and one by id. */
@Injectable()
export class GuestQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly guests: GuestRepository,
  ) {}

  search(f: { q?: string; page: number; pageSize: number }): Promise<{ items: Guest[]; total: number }> {
    return this.guests.search(this.dataSource.manager, f);
  }

  async get(id: string): Promise<Guest> {
    const g = await this.guests.byId(this.dataSource.manager, id);
    if (!g) throw new NotFound('guest', id);
    return g;
  }
}
