import { Column, Entity, OneToMany, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity('covenants')
export class CovenantRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'lineage_id' }) lineageId!: string;
  @Column('int') version!: number;
  @Column('uuid', { name: 'amends_id', nullable: true }) amendsId!: string | null;
  @Column('text', { name: 'amendment_reason', nullable: true }) amendmentReason!: string | null;
  @Column('text') title!: string;
  @Column('uuid', { name: 'cluster_id', nullable: true }) clusterId!: string | null;
  @Column('text', { name: 'cluster_name' }) clusterName!: string;
  @Column('int') year!: number;
  @Column('date', { name: 'members_on', nullable: true }) membersOn!: string | null;
  @Column('uuid', { name: 'conference_id', nullable: true }) conferenceId!: string | null;
  @Column('text') status!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'fully_signed_at', nullable: true }) fullySignedAt!: Date | null;
  @Column('timestamptz', { name: 'cancelled_at', nullable: true }) cancelledAt!: Date | null;
  @Column('text', { name: 'cancellation_reason', nullable: true }) cancellationReason!: string | null;
  /** its cluster's tenant */
  @Column('text', { nullable: true }) tenant!: string | null;
  @OneToMany(() => PartyRecord, (p) => p.covenant) parties!: PartyRecord[];
  @OneToMany(() => TargetRecord, (t) => t.covenant) targets!: TargetRecord[];
  @OneToMany(() => SignatureRecord, (s) => s.covenant) signatures!: SignatureRecord[];
}

@Entity('covenant_parties')
export class PartyRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'covenant_id' }) covenantId!: string;
  @Column('text', { name: 'unit_name' }) unitName!: string;
  @Column('int', { name: 'ord' }) order!: number;
  @ManyToOne(() => CovenantRecord, (c) => c.parties) @JoinColumn({ name: 'covenant_id' }) covenant?: CovenantRecord;
}

@Entity('covenant_targets')
export class TargetRecord {
  @PrimaryColumn('uuid', { name: 'covenant_id' }) covenantId!: string;
  @PrimaryColumn('int', { name: 'ord' }) order!: number;
  @Column('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') unit!: string;
  @Column('numeric', { name: 'target_value', transformer: numeric }) targetValue!: number;
  @Column('text') direction!: string;
  @Column('numeric', { transformer: numeric }) weight!: number;
  @ManyToOne(() => CovenantRecord, (c) => c.targets) @JoinColumn({ name: 'covenant_id' }) covenant?: CovenantRecord;
}

@Entity('covenant_signatures')
export class SignatureRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'covenant_id' }) covenantId!: string;
  @Column('uuid', { name: 'party_id' }) partyId!: string;
  @Column('text', { name: 'signatory_name' }) signatoryName!: string;
  @Column('jsonb', { name: 'signatory_titles' }) signatoryTitles!: string[];
  @Column('timestamptz', { name: 'signed_at' }) signedAt!: Date;
  @Column('text', { nullable: true }) place!: string | null;
  @Column('text') mode!: string;
  @Column('jsonb', { name: 'on_behalf_of', nullable: true }) onBehalfOf!: { name: string; titles: string[] } | null;
  @Column('timestamptz', { name: 'withdrawn_at', nullable: true }) withdrawnAt!: Date | null;
  @Column('text', { name: 'withdrawal_reason', nullable: true }) withdrawalReason!: string | null;
  @Column('text', { name: 'recorded_by_id', nullable: true }) recordedById!: string | null;
  @Column('text', { name: 'recorded_by_name', nullable: true }) recordedByName!: string | null;
  @Column('text', { name: 'withdrawn_by_id', nullable: true }) withdrawnById!: string | null;
  @Column('text', { name: 'withdrawn_by_name', nullable: true }) withdrawnByName!: string | null;
  @ManyToOne(() => CovenantRecord, (c) => c.signatures) @JoinColumn({ name: 'covenant_id' }) covenant?: CovenantRecord;
}

export const COVENANT_RECORDS = [CovenantRecord, PartyRecord, TargetRecord, SignatureRecord];
