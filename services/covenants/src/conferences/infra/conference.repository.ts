import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConferenceView } from '../domain/conference';
import { ConferenceRecord } from './conference.records';

/** The conference projection, read and written in the caller's transaction. */
@Injectable()
export class ConferenceRepository {
  async find(manager: EntityManager, id: string, lock = false): Promise<ConferenceView | undefined> {
    const qb = manager.getRepository(ConferenceRecord).createQueryBuilder('c').where('c.id = :id', { id });
    const r = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!r) return undefined;
    return {
      id: r.id, title: r.title ?? undefined, organizer: r.organizer ?? undefined, startsAt: r.startsAt ?? undefined, endsAt: r.endsAt ?? undefined,
      venue: r.venue ?? undefined, timesAsOf: r.timesAsOf ?? undefined,
      cancelled: r.cancelledAt ? { at: r.cancelledAt, reason: r.cancellationReason ?? '' } : undefined,
    };
  }

  /** Applies `change` to the conference (or to an empty one) under a row lock. */
  async update(manager: EntityManager, id: string, change: (c: ConferenceView) => ConferenceView): Promise<void> {
    // the first event for an id creates the row; ON CONFLICT keeps two first events from colliding
    await manager.query('INSERT INTO conferences (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
    const c = change((await this.find(manager, id, true))!);
    await manager.update(ConferenceRecord, { id }, {
      title: c.title ?? null, organizer: c.organizer ?? null, startsAt: c.startsAt ?? null, endsAt: c.endsAt ?? null, venue: c.venue ?? null,
      timesAsOf: c.timesAsOf ?? null, cancelledAt: c.cancelled?.at ?? null, cancellationReason: c.cancelled?.reason ?? null,
    });
  }
}
