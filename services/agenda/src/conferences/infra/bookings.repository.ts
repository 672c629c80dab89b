import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PresenterBooking, VenueBooking } from '../domain/agenda-rules';
import type { Conference } from '../domain/conference';

/**
 * What other conferences hold that this one might want: its venue and its presenters, in
 * conferences that are scheduled or in progress. Locks the venue row and each presenter (in a
 * fixed order) so two conferences cannot take the same hall or person at the same moment.
 */
@Injectable()
export class BookingsRepository {
  async venue(manager: EntityManager, c: Conference): Promise<VenueBooking[]> {
    const s = c.snapshot;
    if (!s.venue) return [];
    await manager.query('SELECT id FROM venues WHERE id = $1 FOR UPDATE', [s.venue.venueId]);
    const rows: { id: string; title: string; starts_at: Date; ends_at: Date; venue_name: string }[] =
      await manager.query(
        `SELECT c.id, c.title, c.starts_at, c.ends_at, v.name AS venue_name
         FROM conferences c JOIN venues v ON v.id = c.venue_id
        WHERE c.venue_id = $1 AND c.id <> $2 AND c.status IN ('scheduled', 'in_progress') AND c.starts_at < $4 AND c.ends_at > $3`,
        [s.venue.venueId, s.id, s.startsAt, s.endsAt],
      );
    return rows.map((r) => ({
      conferenceId: r.id,
      title: r.title,
      venueId: s.venue!.venueId,
      venueName: r.venue_name,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
    }));
  }

  async presenters(manager: EntityManager, c: Conference): Promise<PresenterBooking[]> {
    const s = c.snapshot;
    const people = [...new Set(s.segments.flatMap((x) => x.presenters.map((p) => p.personId)))].sort();
    if (people.length === 0) return [];
    for (const p of people)
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`person:${p}`]);
    const rows: {
      conference_id: string;
      conference_title: string;
      title: string;
      starts_at: Date;
      ends_at: Date;
      ids: string[];
    }[] = await manager.query(
      `SELECT s.conference_id, c.title AS conference_title, s.title, s.starts_at, s.ends_at, s.presenter_person_ids::text[] AS ids
         FROM segments s JOIN conferences c ON c.id = s.conference_id
        WHERE s.presenter_person_ids && $1::uuid[] AND c.id <> $2 AND c.status IN ('scheduled', 'in_progress')
          AND s.starts_at < $4 AND s.ends_at > $3`,
      [people, s.id, s.startsAt, s.endsAt],
    );
    return rows.map((r) => ({
      conferenceId: r.conference_id,
      conferenceTitle: r.conference_title,
      segmentTitle: r.title,
      personIds: r.ids,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
    }));
  }
}
