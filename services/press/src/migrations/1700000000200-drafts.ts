import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Drafts1700000000200 implements MigrationInterface {
  name = 'Drafts1700000000200';

  async up(q: QueryRunner): Promise<void> {
    // one draft of a kind per subject: two consumers racing on the same event cannot make two
    await q.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        version int NOT NULL,
        title text NOT NULL,
        paragraphs jsonb NOT NULL,
        generated_at timestamptz NOT NULL,
        UNIQUE (kind, subject_id)
      )`);
    await q.query(`
      CREATE TABLE draft_versions (
        draft_id uuid NOT NULL REFERENCES drafts(id),
        version int NOT NULL,
        title text NOT NULL,
        paragraphs jsonb NOT NULL,
        source_event_id text NOT NULL,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (draft_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE draft_versions');
    await q.query('DROP TABLE drafts');
  }
}
