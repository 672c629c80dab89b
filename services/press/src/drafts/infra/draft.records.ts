import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Paragraph } from '../domain/draft';

@Entity('drafts')
export class DraftRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('int') version!: number;
  @Column('text') title!: string;
  @Column('jsonb') paragraphs!: Paragraph[];
  @Column('timestamptz', { name: 'generated_at' }) generatedAt!: Date;
}

/** Every generated version is kept: what was once a draft can always be shown again. */
@Entity('draft_versions')
export class DraftVersionRecord {
  @PrimaryColumn('uuid', { name: 'draft_id' }) draftId!: string;
  @PrimaryColumn('int') version!: number;
  @Column('text') title!: string;
  @Column('jsonb') paragraphs!: Paragraph[];
  @Column('text', { name: 'source_event_id' }) sourceEventId!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

export const DRAFT_RECORDS = [DraftRecord, DraftVersionRecord];
