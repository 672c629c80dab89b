import type { ConferenceFormat, ConferenceKind, ConnectionPoint, Venue } from '@tdkt/contracts';

/**
 * What the agenda told us about a conference (a projection of its events). An award may name a
 * conference before its "scheduled" event arrived: such a conference is known by id only.
 */
export interface Conference {
  id: string;
  /** the organization owning it, as agenda's events say (undefined while known by id only) */
  tenant?: string;
  organizationId?: string;
  organizerName?: string;
  kind?: ConferenceKind;
  title?: string;
  timeZone: string;
  startsAt?: Date;
  endsAt?: Date;
  format?: ConferenceFormat;
  venue?: Venue;
  connectionPoints: ConnectionPoint[];
  cancelled?: { at: Date; reason: string };
}

/** A conference invitations can be sent for: scheduled (title and time known) and not cancelled. */
export interface ScheduledConference extends Conference {
  organizerName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export const isScheduled = (c: Conference | undefined): c is ScheduledConference =>
  !!c && !!c.title && !!c.startsAt && !!c.endsAt && !!c.organizerName;

/**
 * "On the day" of a conference: from 12 hours before it starts to 12 hours after it ends. Check-in
 * is open then, and the check-in QR code of a mail is valid until the end of it.
 */
export const ON_THE_DAY_MARGIN_MS = 12 * 3600_000;

/** Cluster conferences seat central guests first (docs/domain.md#protocol-order). */
export const centralFirst = (c: Conference | undefined): boolean => c?.kind === 'cluster-review';
