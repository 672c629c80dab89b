import { Injectable } from '@nestjs/common';
import { applyConferenceEvent, type ConferenceEvent } from '@tdkt/replicas';
import type { EntityManager } from 'typeorm';
import { conferenceView, type ConferenceView } from '../domain/conference';
import { ConferenceRecord } from './conference.records';

/** The conference projection, read and written in the caller's transaction. */
@Injectable()
export class ConferenceRepository {
  async find(manager: EntityManager, id: string, lock = false): Promise<ConferenceView | undefined> {
    const r = await this.record(manager, id, lock);
    if (!r) return undefined;
    return {
      id: r.id,
      title: r.title ?? undefined,
      organizer: r.organizer ?? undefined,
      startsAt: r.startsAt ?? undefined,
      endsAt: r.endsAt ?? undefined,
      venue: r.venue ?? undefined,
      timesAsOf: r.timesAsOf ?? undefined,
      cancelled: r.cancelledAt ? { at: r.cancelledAt, reason: r.cancellationReason ?? '' } : undefined,
    };
  }

  /** Folds one agenda event into the conference's replica under a row lock, and writes the view from it. */
  async apply(
    manager: EntityManager,
    event: ConferenceEvent & { data: { conferenceId: string }; tenant?: string },
  ): Promise<void> {
    const id = event.data.conferenceId;
    // the first event for an id creates the row; ON CONFLICT keeps two first events from colliding
    await manager.query('INSERT INTO conferences (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [id]);
    const record = (await this.record(manager, id, true))!;
    if (event.tenant && record.tenant !== event.tenant)
      await manager.update(ConferenceRecord, { id }, { tenant: event.tenant });
    const replica = applyConferenceEvent(record.replica ?? undefined, event);
    if (replica === record.replica) return;
    const c = conferenceView(replica);
    await manager.update(
      ConferenceRecord,
      { id },
      {
        replica,
        title: c.title ?? null,
        organizer: c.organizer ?? null,
        startsAt: c.startsAt ?? null,
        endsAt: c.endsAt ?? null,
        venue: c.venue ?? null,
        timesAsOf: c.timesAsOf ?? null,
        cancelledAt: c.cancelled?.at ?? null,
        cancellationReason: c.cancelled?.reason ?? null,
      },
    );
  }

  private record(manager: EntityManager, id: string, lock: boolean): Promise<ConferenceRecord | null> {
    const qb = manager.getRepository(ConferenceRecord).createQueryBuilder('c').where('c.id = :id', { id });
    return (lock ? qb.setLock('pessimistic_write') : qb).getOne();
  }
}
