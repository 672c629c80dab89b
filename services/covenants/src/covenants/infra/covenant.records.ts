import { Column, Entity, OneToMany, ManyToOne, JoinColumn, PrimaryColumn } from 'typeorm';

@Entity('covenants')
export class CovenantRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') title!: string;
  @Column('text', { name: 'cluster_name' }) clusterName!: string;
  @Column('int') year!: number;
  @Column('uuid', { name: 'conference_id', nullable: true }) conferenceId!: string | null;
  @Column('text') status!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'fully_signed_at', nullable: true }) fullySignedAt!: Date | null;
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
  @Column('text') name!: string;
  @Column('text') unit!: string;
  @Column('numeric', { name: 'target_value', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  targetValue!: number;
  @ManyToOne(() => CovenantRecord, (c) => c.targets) @JoinColumn({ name: 'covenant_id' }) covenant?: CovenantRecord;
}

@Entity('covenant_signatures')
export class SignatureRecord {
  @PrimaryColumn('uuid', { name: 'covenant_id' }) covenantId!: string;
  @PrimaryColumn('uuid', { name: 'party_id' }) partyId!: string;
  @Column('text', { name: 'signatory_name' }) signatoryName!: string;
  @Column('jsonb', { name: 'signatory_titles' }) signatoryTitles!: string[];
  @Column('timestamptz', { name: 'signed_at' }) signedAt!: Date;
  @Column('text', { nullable: true }) place!: string | null;
  @ManyToOne(() => CovenantRecord, (c) => c.signatures) @JoinColumn({ name: 'covenant_id' }) covenant?: CovenantRecord;
}

export const COVENANT_RECORDS = [CovenantRecord, PartyRecord, TargetRecord, SignatureRecord];
