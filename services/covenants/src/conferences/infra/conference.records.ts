import type { ConferenceReplica } from '@tdkt/replicas';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('conferences')
export class ConferenceRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('text', { nullable: true }) organizer!: string | null;
  @Column('timestamptz', { name: 'starts_at', nullable: true }) startsAt!: Date | null;
  @Column('timestamptz', { name: 'ends_at', nullable: true }) endsAt!: Date | null;
  @Column('text', { nullable: true }) venue!: string | null;
  @Column('timestamptz', { name: 'times_as_of', nullable: true }) timesAsOf!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { name: 'cancellation_reason', nullable: true }) cancellationReason!: string | null;
  /** the replica of the agenda's facts the columns above are written from (`@tdkt/replicas`) */
  /** the organizer's tenant, as the agenda's events carried it */
  @Column('text', { nullable: true }) tenant!: string | null;
  @Column('jsonb', { nullable: true }) replica!: ConferenceReplica | null;
}
