import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('clusters')
export class ClusterRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: string;
  @Column('text', { name: 'organizing_body' }) organizingBody!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  /** the owning organization (cluster:bien-gioi-phia-bac); NULL before tenancy: admin's */
  @Column('text', { nullable: true }) tenant!: string | null;
}

@Entity('cluster_memberships')
export class MembershipRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'cluster_id' }) clusterId!: string;
  @Column('text', { name: 'unit_name' }) unitName!: string;
  @Column('date', { name: 'joined_on' }) joinedOn!: string;
  @Column('date', { name: 'left_on', nullable: true }) leftOn!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('text', { name: 'left_reason', nullable: true }) leftReason!: string | null;
}

@Entity('cluster_leaderships')
export class LeadershipRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'cluster_id' }) clusterId!: string;
  @Column('int') year!: number;
  @Column('text') role!: string;
  @Column('text', { name: 'unit_name' }) unitName!: string;
  @Column('date', { name: 'elected_on', nullable: true }) electedOn!: string | null;
  @Column('uuid', { name: 'conference_id', nullable: true }) conferenceId!: string | null;
  @Column('date', { name: 'handed_over_on', nullable: true }) handedOverOn!: string | null;
  @Column('text', { name: 'handed_over_to', nullable: true }) handedOverTo!: string | null;
  @Column('uuid', { name: 'handover_conference_id', nullable: true }) handoverConferenceId!: string | null;
}

export const CLUSTER_RECORDS = [ClusterRecord, MembershipRecord, LeadershipRecord];
