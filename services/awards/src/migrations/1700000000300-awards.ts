import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Awards1700000000300 implements MigrationInterface {
  name = 'Awards1700000000300';

  async up(q: QueryRunner): Promise<void> {
    // trigram search on the folded names: "nguyen thi" finds "Nguyễn Thị Hà" by any part
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query(`
      CREATE TABLE award_types (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        family text NOT NULL CHECK (family IN ('emulation-title', 'award-form')),
        conferring_authority text NOT NULL,
        recipient_kinds text[] NOT NULL CHECK (recipient_kinds <@ ARRAY['individual', 'collective', 'household'] AND cardinality(recipient_kinds) > 0),
        rank int NOT NULL CHECK (rank >= 0),
        legal_basis text NOT NULL,
        valid_from date NOT NULL,
        valid_to date CHECK (valid_to IS NULL OR valid_to > valid_from),
        presented_on_behalf_of text,
        announce_as text NOT NULL CHECK (announce_as IN ('title', 'object')),
        prerequisite jsonb,
        organization text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code, valid_from)
      )`);
    await q.query(`
      CREATE TABLE recipients (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('individual', 'collective', 'household')),
        name text NOT NULL,
        identity_key text NOT NULL UNIQUE,
        name_folded text NOT NULL,
        titles jsonb NOT NULL DEFAULT '[]',
        unit text,
        unit_folded text NOT NULL DEFAULT '',
        on_hold boolean NOT NULL DEFAULT false,
        hold_reason text,
        hold_since timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX recipients_name_trgm_idx ON recipients USING gin (name_folded gin_trgm_ops)');
    await q.query('CREATE INDEX recipients_unit_trgm_idx ON recipients USING gin (unit_folded gin_trgm_ops)');
    await q.query(`
      CREATE TABLE decisions (
        id uuid PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('conferment', 'revocation')),
        number text NOT NULL,
        number_key text NOT NULL,
        decision_date date NOT NULL,
        year int NOT NULL,
        authority text NOT NULL,
        authority_key text NOT NULL,
        signer_name text NOT NULL,
        signer_titles jsonb NOT NULL,
        reason text,
        conference_id uuid,
        recipient_count int NOT NULL,
        source text NOT NULL CHECK (source IN ('api', 'import', 'proposal')),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (authority_key, year, number_key)
      )`);
    await q.query('CREATE INDEX decisions_year_idx ON decisions (year, decision_date)');
    await q.query('CREATE INDEX decisions_conference_idx ON decisions (conference_id) WHERE conference_id IS NOT NULL');
    await q.query(`
      CREATE TABLE awards (
        id uuid PRIMARY KEY,
        decision_id uuid NOT NULL REFERENCES decisions(id),
        line int NOT NULL,
        award_type_id uuid NOT NULL REFERENCES award_types(id),
        award_type_code text NOT NULL,
        family text NOT NULL,
        recipient_id uuid NOT NULL REFERENCES recipients(id),
        recipient_kind text NOT NULL,
        achievement_year int NOT NULL,
        achievement_key text NOT NULL,
        achievement text,
        posthumous boolean NOT NULL DEFAULT false,
        conference_id uuid,
        status text NOT NULL CHECK (status IN ('conferred', 'revoked')),
        revoked_by uuid REFERENCES decisions(id),
        revocation_reason text,
        revoked_at timestamptz,
        UNIQUE (decision_id, line)
      )`);
    // the rules' last line of defence against two decisions recorded at the same moment
    await q.query(`CREATE UNIQUE INDEX awards_one_form_per_achievement_idx ON awards (recipient_id, achievement_year, achievement_key)
                   WHERE family = 'award-form' AND status = 'conferred'`);
    await q.query(`CREATE UNIQUE INDEX awards_one_title_per_year_idx ON awards (recipient_id, award_type_code, achievement_year)
                   WHERE family = 'emulation-title' AND status = 'conferred'`);
    await q.query('CREATE INDEX awards_recipient_idx ON awards (recipient_id, achievement_year)');
    await q.query('CREATE INDEX awards_conference_idx ON awards (conference_id) WHERE conference_id IS NOT NULL');
    await q.query('CREATE INDEX awards_type_idx ON awards (award_type_code)');
    await q.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY,
        covenant_id uuid NOT NULL UNIQUE,
        cluster_name text NOT NULL,
        year int NOT NULL,
        party_id uuid NOT NULL,
        unit_name text NOT NULL,
        award_type_code text NOT NULL,
        ranking jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'rejected')),
        decision_id uuid REFERENCES decisions(id),
        rejection_reason text,
        source_event_id text NOT NULL,
        evaluated_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz
      )`);
    await q.query('CREATE INDEX proposals_status_idx ON proposals (status, year)');
    // what the agenda told us about conferences (its events may come in any order)
    await q.query(`
      CREATE TABLE conferences (
        id uuid PRIMARY KEY,
        title text,
        starts_at timestamptz,
        ends_at timestamptz,
        year_reviewed int,
        times_as_of timestamptz,
        cancelled_at timestamptz,
        cancellation_reason text
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['conferences', 'proposals', 'awards', 'decisions', 'recipients', 'award_types'])
      await q.query(`DROP TABLE ${t}`);
  }
}
