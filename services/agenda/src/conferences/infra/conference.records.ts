import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Movement } from '../domain/conference.types';
import type { Presenter } from '../domain/segment';

@Entity('conferences')
export class ConferenceRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { nullable: true }) tenant!: string | null;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId!: string | null;
  @Column('text', { name: 'organizer_name' }) organizerName!: string;
  @Column('text') kind!: string;
  @Column('text') title!: string;
  @Column('int', { name: 'year_reviewed' }) yearReviewed!: number;
  @Column('int', { name: 'year_launched' }) yearLaunched!: number;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @Column('timestamptz', { name: 'starts_at' }) startsAt!: Date;
  @Column('timestamptz', { name: 'ends_at' }) endsAt!: Date;
  @Column('text') format!: string;
  @Column('uuid', { name: 'venue_id', nullable: true }) venueId!: string | null;
  @Column('text') status!: string;
  @Column('text', { name: 'cancel_reason', nullable: true }) cancelReason!: string | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('int') sequence!: number;
  @Column('int', { name: 'agenda_version' }) agendaVersion!: number;
  @Column('jsonb', { nullable: true }) movement!: (Omit<Movement, 'launchedAt'> & { launchedAt: string }) | null;
  @Column('jsonb', { name: 'award_presenters' }) awardPresenters!: Record<string, Presenter>;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity('connection_points')
export class ConnectionPointRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'conference_id' }) conferenceId!: string;
  @Column('int') ord!: number;
  @Column('text', { name: 'host_unit' }) hostUnit!: string;
  @Column('text') location!: string;
  @Column('jsonb', { name: 'technical_contact', nullable: true }) technicalContact!: {
    name: string;
    phone?: string;
    email?: string;
  } | null;
  @Column('int', { name: 'expected_attendees', nullable: true }) expectedAttendees!: number | null;
}

@Entity('guests')
export class GuestRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'conference_id' }) conferenceId!: string;
  @Column('int') ord!: number;
  @Column('uuid', { name: 'person_id' }) personId!: string;
  @Column('text') name!: string;
  @Column('jsonb') titles!: string[];
  @Column('text', { nullable: true }) organization!: string | null;
}

@Entity('segments')
export class SegmentRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'conference_id' }) conferenceId!: string;
  @Column('int') ord!: number;
  @Column('text') kind!: string;
  @Column('text') title!: string;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt!: Date | null;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt!: Date | null;
  @Column('text') status!: string;
  @Column('jsonb') presenters!: Presenter[];
  @Column('uuid', { name: 'presenter_person_ids', array: true }) presenterPersonIds!: string[];
  @Column('text', { nullable: true }) notes!: string | null;
}

/** Every published version of an agenda stays readable. */
@Entity('agenda_versions')
export class AgendaVersionRecord {
  @PrimaryColumn('uuid', { name: 'conference_id' }) conferenceId!: string;
  @PrimaryColumn('int') version!: number;
  @Column('jsonb') segments!: unknown[];
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
}

export const CONFERENCE_RECORDS = [
  ConferenceRecord,
  ConnectionPointRecord,
  GuestRecord,
  SegmentRecord,
  AgendaVersionRecord,
];
