import { Injectable } from '@nestjs/common';
import { type Actor, canSee } from '@tdkt/auth';
import { DataSource, type EntityManager } from 'typeorm';
import { assertPresentersFree, assertVenueFree } from './domain/agenda-rules';
import type { Conference } from './domain/conference';
import { conferenceNotFound } from './domain/conference.errors';
import { BookingsRepository } from './infra/bookings.repository';
import { ConferenceRepository } from './infra/conference.repository';

/** Which rules against other conferences a change can break. */
export interface ClashChecks {
  venue?: boolean;
  presenters?: boolean;
}

/**
 * One change to one conference: the row is locked, the domain changes it, the rules that need
 * other conferences are checked with what they hold, and the state and its events (written by
 * `work` through the same manager) commit together.
 */
@Injectable()
export class ConferenceTransaction {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conferences: ConferenceRepository,
    private readonly bookings: BookingsRepository,
  ) {}

  run<T>(
    actor: Actor,
    id: string,
    checks: ClashChecks,
    work: (c: Conference, manager: EntityManager) => Promise<T> | T,
  ): Promise<{ conference: Conference; result: T }> {
    return this.dataSource.transaction(async (manager) => {
      const conference = await this.conferences.load(manager, id, true);
      // another organization's conference is answered as a missing one, before anything changes
      if (!canSee(actor, conference.tenant)) throw conferenceNotFound(id);
      const result = await work(conference, manager);
      await this.checkClashes(manager, conference, checks);
      await this.conferences.save(manager, conference);
      return { conference, result };
    });
  }

  /** Venue first, then people: every transaction takes these locks in the same order. */
  async checkClashes(manager: EntityManager, c: Conference, checks: ClashChecks): Promise<void> {
    const s = c.snapshot;
    if (s.status === 'cancelled' || s.status === 'concluded') return;
    if (checks.venue) assertVenueFree({ ...s, venueId: s.venue?.venueId }, await this.bookings.venue(manager, c));
    if (checks.presenters)
      assertPresentersFree(s.id, s.segments, await this.bookings.presenters(manager, c), s.timeZone);
  }
}
