import { Injectable } from '@nestjs/common';
import type { ConferenceFormat, ConferenceKind, SegmentKind } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import { VenueRecord } from '../../venues/infra/venue.records';
import { Conference } from '../domain/conference';
import type { ConferenceStatus } from '../domain/conference-status';
import { conferenceNotFound } from '../domain/conference.errors';
import type { SegmentStatus } from '../domain/segment';
import { ConferenceRecord, ConnectionPointRecord, GuestRecord, SegmentRecord } from './conference.records';

const orUndefined = <T>(v: T | null): T | undefined => v ?? undefined;

/** Guests only grow (appended): how many each loaded aggregate already had in the database. */
const storedGuests = new WeakMap<Conference, number>();

/** Loads and stores the Conference aggregate; every method works in the caller's transaction. */
@Injectable()
export class ConferenceRepository {
  /** Serializes everything that touches one conference id, even before the conference exists (see the event handlers). */
  async lockId(manager: EntityManager, conferenceId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`conference:${conferenceId}`]);
  }

  async load(manager: EntityManager, id: string, lock = false): Promise<Conference> {
    const c = await this.find(manager, id, lock);
    if (!c) throw conferenceNotFound(id);
    return c;
  }

  /** `lock`: the conference row is locked FOR UPDATE, so concurrent changes queue up and none is lost. */
  async find(manager: EntityManager, id: string, lock = false): Promise<Conference | undefined> {
    const qb = manager.getRepository(ConferenceRecord).createQueryBuilder('c').where('c.id = :id', { id });
    const r = await (lock ? qb.setLock('pessimistic_write') : qb).getOne();
    if (!r) return undefined;
    // one after another: inside a transaction they share one connection
    const venue = r.venueId ? await manager.findOneBy(VenueRecord, { id: r.venueId }) : null;
    const points = await manager.find(ConnectionPointRecord, { where: { conferenceId: id }, order: { ord: 'ASC' } });
    const guests = await manager.find(GuestRecord, { where: { conferenceId: id }, order: { ord: 'ASC' } });
    const segments = await manager.find(SegmentRecord, { where: { conferenceId: id }, order: { ord: 'ASC' } });
    const conference = Conference.restore({
      id: r.id,
      ...(r.tenant ? { tenant: r.tenant } : {}),
      organizer: { ...(r.organizationId ? { organizationId: r.organizationId } : {}), name: r.organizerName },
      kind: r.kind as ConferenceKind,
      title: r.title,
      yearReviewed: r.yearReviewed,
      yearLaunched: r.yearLaunched,
      timeZone: r.timeZone,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
      format: r.format as ConferenceFormat,
      venue: venue ? { venueId: venue.id, name: venue.name, address: orUndefined(venue.address) } : undefined,
      status: r.status as ConferenceStatus,
      cancellation: r.cancelReason && r.cancelledAt ? { reason: r.cancelReason, at: r.cancelledAt } : undefined,
      sequence: r.sequence,
      agendaVersion: r.agendaVersion,
      movement: r.movement ? { ...r.movement, launchedAt: new Date(r.movement.launchedAt) } : undefined,
      awardPresenters: r.awardPresenters,
      connectionPoints: points.map((p) => ({
        id: p.id,
        hostUnit: p.hostUnit,
        location: p.location,
        technicalContact: orUndefined(p.technicalContact),
        expectedAttendees: orUndefined(p.expectedAttendees),
      })),
      guests: guests.map((g) => ({
        id: g.id,
        personId: g.personId,
        name: g.name,
        titles: g.titles,
        organization: orUndefined(g.organization),
      })),
      segments: segments.map((s) => ({
        id: s.id,
        order: s.ord,
        kind: s.kind as SegmentKind,
        title: s.title,
        startsAt: orUndefined(s.startsAt),
        endsAt: orUndefined(s.endsAt),
        status: s.status as SegmentStatus,
        presenters: s.presenters,
        notes: orUndefined(s.notes),
      })),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    });
    storedGuests.set(conference, guests.length);
    return conference;
  }

  async insert(manager: EntityManager, c: Conference): Promise<void> {
    await manager.insert(ConferenceRecord, this.row(c));
    await this.saveChildren(manager, c);
  }

  async save(manager: EntityManager, c: Conference): Promise<void> {
    await manager.update(ConferenceRecord, { id: c.id }, this.row(c));
    await this.saveChildren(manager, c);
  }

  private row(c: Conference): ConferenceRecord {
    const s = c.snapshot;
    return {
      id: s.id,
      tenant: s.tenant ?? null,
      organizationId: s.organizer.organizationId ?? null,
      organizerName: s.organizer.name,
      kind: s.kind,
      title: s.title,
      yearReviewed: s.yearReviewed,
      yearLaunched: s.yearLaunched,
      timeZone: s.timeZone,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      format: s.format,
      venueId: s.venue?.venueId ?? null,
      status: s.status,
      cancelReason: s.cancellation?.reason ?? null,
      cancelledAt: s.cancellation?.at ?? null,
      sequence: s.sequence,
      agendaVersion: s.agendaVersion,
      movement: s.movement ? { ...s.movement, launchedAt: s.movement.launchedAt.toISOString() } : null,
      awardPresenters: s.awardPresenters,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    };
  }

  /** Segments and connection points are rewritten whole (a few dozen rows); only new guests are inserted. */
  private async saveChildren(manager: EntityManager, c: Conference): Promise<void> {
    const s = c.snapshot;
    await manager.delete(SegmentRecord, { conferenceId: s.id });
    if (s.segments.length) {
      await manager.insert(
        SegmentRecord,
        s.segments.map((x) => ({
          id: x.id,
          conferenceId: s.id,
          ord: x.order,
          kind: x.kind,
          title: x.title,
          startsAt: x.startsAt ?? null,
          endsAt: x.endsAt ?? null,
          status: x.status,
          presenters: x.presenters,
          presenterPersonIds: x.presenters.map((p) => p.personId),
          notes: x.notes ?? null,
        })),
      );
    }
    await manager.delete(ConnectionPointRecord, { conferenceId: s.id });
    if (s.connectionPoints.length) {
      await manager.insert(
        ConnectionPointRecord,
        s.connectionPoints.map((p, i) => ({
          id: p.id,
          conferenceId: s.id,
          ord: i + 1,
          hostUnit: p.hostUnit,
          location: p.location,
          technicalContact: p.technicalContact ?? null,
          expectedAttendees: p.expectedAttendees ?? null,
        })),
      );
    }
    const known = storedGuests.get(c) ?? 0;
    const added = s.guests.slice(known);
    if (added.length) {
      await manager.insert(
        GuestRecord,
        added.map((g, i) => ({
          id: g.id,
          conferenceId: s.id,
          ord: known + i + 1,
          personId: g.personId,
          name: g.name,
          titles: g.titles,
          organization: g.organization ?? null,
        })),
      );
    }
    storedGuests.set(c, s.guests.length);
  }
}
