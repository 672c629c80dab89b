import type { ConferenceFormat, ConferenceKind } from '@tdkt/contracts';
import type { ConferenceStatus } from './conference-status';
import type { Presenter, Segment } from './segment';

export interface Organizer {
  organizationId?: string;
  name: string;
}

/** A hall (hội trường) with its address, booked by one conference at a time. */
export interface VenueRef {
  venueId: string;
  name: string;
  address?: string;
}

/** An online connection point (điểm cầu): a site linked to the conference, with its host unit. */
export interface ConnectionPoint {
  id: string;
  hostUnit: string;
  location: string;
  technicalContact?: { name: string; phone?: string; email?: string };
  expectedAttendees?: number;
}

/**
 * Someone on this conference's guest list. `personId` identifies the person across conferences;
 * when the invitations service exists this list becomes its projection.
 */
export interface Guest {
  id: string;
  personId: string;
  name: string;
  titles: string[];
  organization?: string;
}

export interface Movement {
  theme: string;
  movementName?: string;
  year: number;
  launchedBy: Presenter;
  launchedAt: Date;
}

/** A covenant to be signed at this conference, as the covenants service told us. */
export interface CovenantLink {
  covenantId: string;
  title: string;
  clusterName: string;
  year: number;
  status: 'drafted' | 'fully_signed';
  fullySignedAt?: Date;
  parties: string[];
}

export interface ConferenceDetails {
  organizer: Organizer;
  kind: ConferenceKind;
  title: string;
  yearReviewed: number;
  yearLaunched: number;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  format: ConferenceFormat;
  venue?: VenueRef;
}

export interface ConferenceState extends ConferenceDetails {
  id: string;
  /** the organization owning it (tenant); undefined for conferences from before tenancy (admin only) */
  tenant?: string;
  status: ConferenceStatus;
  cancellation?: { reason: string; at: Date };
  /** bumped by every reschedule and cancellation: calendar clients replace the older copy */
  sequence: number;
  agendaVersion: number;
  connectionPoints: ConnectionPoint[];
  guests: Guest[];
  segments: Segment[];
  movement?: Movement;
  /** who presents each award type (by award type code) */
  awardPresenters: Record<string, Presenter>;
  createdAt: Date;
  updatedAt: Date;
}
