import { Column, Entity, PrimaryColumn } from 'typeorm';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

@Entity('covenant_results')
export class ResultRecord {
  @PrimaryColumn('uuid', { name: 'covenant_id' }) covenantId!: string;
  @PrimaryColumn('text') period!: string;
  @PrimaryColumn('uuid', { name: 'party_id' }) partyId!: string;
  @PrimaryColumn('uuid', { name: 'target_id' }) targetId!: string;
  @Column('numeric', { transformer: numeric }) actual!: number;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('timestamptz', { name: 'reported_at' }) reportedAt!: Date;
  @Column('text', { name: 'recorded_by_id', nullable: true }) recordedById!: string | null;
  @Column('text', { name: 'recorded_by_name', nullable: true }) recordedByName!: string | null;
}

@Entity('covenant_evaluations')
export class EvaluationRecord {
  @PrimaryColumn('uuid', { name: 'covenant_id' }) covenantId!: string;
  @Column('timestamptz', { name: 'evaluated_at' }) evaluatedAt!: Date;
  @Column('jsonb') ranking!: object[];
  @Column('uuid', { name: 'leading_party_id' }) leadingPartyId!: string;
  @Column('text', { name: 'leading_unit_name' }) leadingUnitName!: string;
  @Column('text', { name: 'tie_broken_by', nullable: true }) tieBrokenBy!: string | null;
  @Column('text', { name: 'evaluated_by_id', nullable: true }) evaluatedById!: string | null;
  @Column('text', { name: 'evaluated_by_name', nullable: true }) evaluatedByName!: string | null;
}

export const EVALUATION_RECORDS = [ResultRecord, EvaluationRecord];
