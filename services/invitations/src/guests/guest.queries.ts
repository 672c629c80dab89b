import { Injectable } from '@nestjs/common';
import { type Actor, canSee, visibleTenants } from '@tdkt/auth';
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

  search(actor: Actor, f: { q?: string; page: number; pageSize: number }): Promise<{ items: Guest[]; total: number }> {
    return this.guests.search(this.dataSource.manager, { ...f, tenants: visibleTenants(actor) });
  }

  /** Another organization's guest is not found, like a missing one. */
  async get(actor: Actor, id: string): Promise<Guest> {
    const g = await this.guests.byId(this.dataSource.manager, id);
    if (!g || !canSee(actor, g.tenant)) throw new NotFound('guest', id);
    return g;
  }
}
