import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  CloudEvent,
  ConferenceCancelledData,
  ConferenceRescheduledData,
  ConferenceScheduledData,
} from '@tdkt/contracts';
import { isScheduled, type Conference, type ScheduledConference } from './domain/conference';
import { ConferenceRepository } from './infra/conference.repository';

/** A conference whose time or venue moved, with the times it had. */
export interface MovedConference {
  conference: ScheduledConference;
  previous: { startsAt: Date; endsAt: Date };
}

/**
 * What the other features see of the conferences projection: a conference by id, and agenda's
 * events applied to it, each answering what there is to follow (nothing for a late or repeated event).
 */
@Injectable()
export class ConferenceProjection {
  constructor(private readonly conferences: ConferenceRepository) {}

  find(manager: EntityManager, id: string, lock = false): Promise<Conference | undefined> {
    return this.conferences.find(manager, id, lock);
  }

  /** A conference known by id only (an award named it before the agenda's event arrived). */
  ensure(manager: EntityManager, id: string, tenant?: string): Promise<void> {
    return this.conferences.ensure(manager, id, tenant);
  }

  /** Scheduled: the conference (locked) when invitations can now be sent for it. */
  async applyScheduled(
    manager: EntityManager,
    e: CloudEvent<ConferenceScheduledData>,
  ): Promise<ScheduledConference | undefined> {
    const { after } = await this.conferences.apply(manager, e);
    return isScheduled(after) && !after.cancelled ? after : undefined;
  }

  /** Rescheduled (the fold kept something new): the conference and its former times, when its time or venue actually moved. */
  async applyRescheduled(
    manager: EntityManager,
    e: CloudEvent<ConferenceRescheduledData>,
  ): Promise<MovedConference | undefined> {
    const { before, after, changed } = await this.conferences.apply(manager, e);
    if (!changed || !before.startsAt || !before.endsAt) return undefined;
    if (!isScheduled(after) || after.cancelled) return undefined;
    const moved =
      after.startsAt.getTime() !== before.startsAt.getTime() ||
      after.endsAt.getTime() !== before.endsAt.getTime() ||
      JSON.stringify(after.venue ?? null) !== JSON.stringify(before.venue ?? null);
    return moved ? { conference: after, previous: { startsAt: before.startsAt, endsAt: before.endsAt } } : undefined;
  }

  /** Cancelled: the conference (locked) when this event cancelled it; undefined when it already was. */
  async applyCancelled(
    manager: EntityManager,
    e: CloudEvent<ConferenceCancelledData>,
  ): Promise<Conference | undefined> {
    const { before, after } = await this.conferences.apply(manager, e);
    return !before.cancelled && after.cancelled ? after : undefined;
  }
}
