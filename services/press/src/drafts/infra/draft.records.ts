import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DraftContent, Paragraph } from '../domain/draft';

@Entity('drafts')
export class DraftRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') kind!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('int') version!: number;
  @Column('text') title!: string;
  @Column('jsonb') paragraphs!: Paragraph[];
  @Column('timestamptz', { name: 'generated_at' }) generatedAt!: Date;
  @Column('text') status!: string;
  @Column('boolean') edited!: boolean;
  @Column('jsonb') base!: DraftContent;
  @Column('jsonb', { nullable: true }) pending!: DraftContent | null;
  @Column('timestamptz', { name: 'pending_since', nullable: true }) pendingSince!: Date | null;
  @Column('jsonb') organizations!: string[];
  @Column('int', { name: 'published_version', nullable: true }) publishedVersion!: number | null;
  @Column('text', { nullable: true }) tenant!: string | null;
}

/** Every version is kept (generated, edited, merged): what was once a draft, or published, can always be shown again. */
@Entity('draft_versions')
export class DraftVersionRecord {
  @PrimaryColumn('uuid', { name: 'draft_id' }) draftId!: string;
  @PrimaryColumn('int') version!: number;
  @Column('text') title!: string;
  @Column('jsonb') paragraphs!: Paragraph[];
  @Column('text', { name: 'source_event_id', nullable: true }) sourceEventId!: string | null;
  @Column('text') origin!: string;
  @Column('text', { nullable: true }) author!: string | null;
  @Column('text', { name: 'author_id', nullable: true }) authorId!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

/** Every workflow step: who, in which role, when, from which status to which, on which version. */
@Entity('draft_transitions')
export class DraftTransitionRecord {
  @PrimaryGeneratedColumn('increment') id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @Column('text') action!: string;
  @Column('text', { name: 'from_status' }) fromStatus!: string;
  @Column('text', { name: 'to_status' }) toStatus!: string;
  @Column('int') version!: number;
  @Column('text') actor!: string;
  @Column('text', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text') role!: string;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('timestamptz') at!: Date;
}

@Entity('publications')
export class PublicationRecord {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'draft_id' }) draftId!: string;
  @Column('int') version!: number;
  @Column('text') kind!: string;
  @Column('uuid', { name: 'subject_id' }) subjectId!: string;
  @Column('text') title!: string;
  @Column('jsonb') organizations!: string[];
  @Column('text', { name: 'published_by' }) publishedBy!: string;
  @Column('timestamptz', { name: 'published_at' }) publishedAt!: Date;
  @Column('text', { nullable: true }) tenant!: string | null;
}

export const DRAFT_RECORDS = [DraftRecord, DraftVersionRecord, DraftTransitionRecord, PublicationRecord];
