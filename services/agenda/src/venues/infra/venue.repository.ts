import { Injectable } from '@nestjs/common';
import { type Actor, canSee, visibleTenants } from '@tdkt/auth';
import { In, type EntityManager } from 'typeorm';
import { Duplicate, NotFound, UnknownReference } from '../../conferences/domain/conference.errors';
import type { VenueRef } from '../../conferences/domain/conference.types';
import type { Venue } from '../domain/venue';
import { VenueRecord } from './venue.records';

const toVenue = (r: VenueRecord): Venue => ({
  id: r.id,
  ...(r.tenant ? { tenant: r.tenant } : {}),
  name: r.name,
  ...(r.address ? { address: r.address } : {}),
  createdAt: r.createdAt,
});

@Injectable()
export class VenueRepository {
  async insert(manager: EntityManager, v: Venue): Promise<void> {
    const [existing] = await manager.query(
      `SELECT id FROM venues WHERE coalesce(tenant, '') = coalesce($3, '') AND lower(name) = lower($1)
         AND lower(coalesce(address, '')) = lower(coalesce($2, ''))`,
      [v.name, v.address ?? null, v.tenant ?? null],
    );
    if (existing) {
      throw new Duplicate(
        `${v.name} đã có trong danh mục địa điểm (mã ${existing.id}); hãy dùng mã này`,
        `${v.name} is already a venue (id ${existing.id}); use that id`,
        'name',
      );
    }
    try {
      await manager.insert(VenueRecord, {
        id: v.id,
        tenant: v.tenant ?? null,
        name: v.name,
        address: v.address ?? null,
        createdAt: v.createdAt,
      });
    } catch (e) {
      // the same hall registered at the same moment by someone else: the unique index decided
      if ((e as { driverError?: { code?: string } }).driverError?.code !== '23505') throw e;
      throw new Duplicate(`${v.name} đã có trong danh mục địa điểm`, `${v.name} is already a venue`, 'name');
    }
  }

  async get(manager: EntityManager, id: string, actor: Actor): Promise<Venue> {
    const r = await manager.findOneBy(VenueRecord, { id });
    if (!r || !canSee(actor, r.tenant))
      throw new NotFound(`Không có địa điểm mã ${id}`, `venue ${id} does not exist`, 'venueId');
    return toVenue(r);
  }

  /** A venue named in a request: an unknown id is the request's fault (422), not a missing page. */
  async reference(manager: EntityManager, id: string, actor: Actor): Promise<VenueRef> {
    const r = await manager.findOneBy(VenueRecord, { id });
    // another organization's hall is not in this caller's catalogue
    if (!r || !canSee(actor, r.tenant)) {
      throw new UnknownReference(
        `Không có địa điểm mã ${id}; hãy tạo địa điểm (POST /venues) hoặc chọn mã có sẵn`,
        `No venue ${id}; create it (POST /venues) or choose an existing id`,
        'venueId',
      );
    }
    return { venueId: r.id, name: r.name, ...(r.address ? { address: r.address } : {}) };
  }

  async list(
    manager: EntityManager,
    actor: Actor,
    page: number,
    pageSize: number,
  ): Promise<{ items: Venue[]; total: number }> {
    const tenants = visibleTenants(actor);
    const [rows, total] = await manager.findAndCount(VenueRecord, {
      ...(tenants ? { where: { tenant: In(tenants) } } : {}),
      order: { name: 'ASC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { items: rows.map(toVenue), total };
  }
}
