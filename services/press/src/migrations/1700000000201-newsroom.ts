import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read model of each conference (built only from events), the editorial workflow over
 * drafts (versions by people, transitions, publications) and the queue of conferences whose
 * drafts must be regenerated.
 */
export class Newsroom1700000000201 implements MigrationInterface {
  name = 'Newsroom1700000000201';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE drafts
        ADD COLUMN status text NOT NULL DEFAULT 'draft',
        ADD COLUMN edited boolean NOT NULL DEFAULT false,
        ADD COLUMN base jsonb,
        ADD COLUMN pending jsonb,
        ADD COLUMN pending_since timestamptz,
        ADD COLUMN organizations jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN published_version int`);
    await q.query(`UPDATE drafts SET base = jsonb_build_object('title', title, 'paragraphs', paragraphs)`);
    await q.query('ALTER TABLE drafts ALTER COLUMN base SET NOT NULL');
    await q.query(`
      ALTER TABLE draft_versions
        ALTER COLUMN source_event_id DROP NOT NULL,
        ADD COLUMN origin text NOT NULL DEFAULT 'generated',
        ADD COLUMN author text`);
    await q.query(`
      CREATE TABLE draft_transitions (
        id bigserial PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts(id),
        action text NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        version int NOT NULL,
        actor text NOT NULL,
        role text NOT NULL,
        comment text,
        at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX draft_transitions_draft ON draft_transitions (draft_id, id)');
    await q.query(`
      CREATE TABLE publications (
        id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts(id),
        version int NOT NULL,
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        title text NOT NULL,
        organizations jsonb NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL,
        UNIQUE (draft_id, version)
      )`);
    await q.query('CREATE INDEX publications_time ON publications (published_at DESC)');
    // the read model: one document of facts per conference, attendee, covenant; one row per award
    await q.query('CREATE TABLE rm_conferences (conference_id uuid PRIMARY KEY, facts jsonb NOT NULL)');
    await q.query(`
      CREATE TABLE rm_attendees (
        conference_id uuid NOT NULL, guest_id uuid NOT NULL, facts jsonb NOT NULL, PRIMARY KEY (conference_id, guest_id)
      )`);
    await q.query(`
      CREATE TABLE rm_awards (
        award_id uuid PRIMARY KEY,
        conference_id uuid,
        award_type jsonb NOT NULL,
        recipient_kind text NOT NULL,
        presented_on_behalf_of text,
        conferred_event_id text,
        revoked_event_id text
      )`);
    await q.query('CREATE INDEX rm_awards_conference ON rm_awards (conference_id)');
    await q.query('CREATE TABLE rm_decisions (decision_id uuid PRIMARY KEY, conference_id uuid, fact jsonb NOT NULL)');
    await q.query('CREATE INDEX rm_decisions_conference ON rm_decisions (conference_id)');
    await q.query('CREATE TABLE rm_covenants (covenant_id uuid PRIMARY KEY, conference_id uuid, facts jsonb NOT NULL)');
    await q.query('CREATE INDEX rm_covenants_conference ON rm_covenants (conference_id)');
    // conferences whose drafts are behind their facts: bursts (3.500 awards) coalesce into few regenerations
    await q.query('CREATE TABLE stale_conferences (conference_id uuid PRIMARY KEY, since timestamptz NOT NULL)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'stale_conferences',
      'rm_covenants',
      'rm_decisions',
      'rm_awards',
      'rm_attendees',
      'rm_conferences',
      'publications',
      'draft_transitions',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query('ALTER TABLE draft_versions DROP COLUMN origin, DROP COLUMN author');
    await q.query(
      'ALTER TABLE drafts DROP COLUMN status, DROP COLUMN edited, DROP COLUMN base, DROP COLUMN pending, DROP COLUMN pending_since, DROP COLUMN organizations, DROP COLUMN published_version',
    );
  }
}
