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
}

@Entity('covenant_evaluations')
export class EvaluationRecord {
  @PrimaryColumn('uuid', { name: 'covenant_id' }) covenantId!: string;
  @Column('timestamptz', { name: 'evaluated_at' }) evaluatedAt!: Date;
  @Column('jsonb') ranking!: object[];
  @Column('uuid', { name: 'leading_party_id' }) leadingPartyId!: string;
  @Column('text', { name: 'leading_unit_name' }) leadingUnitName!: string;
  @Column('text', { name: 'tie_broken_by', nullable: true }) tieBrokenBy!: string | null;
}

export const EVALUATION_RECORDS = [ResultRecord, EvaluationRecord];
