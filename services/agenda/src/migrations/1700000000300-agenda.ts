import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Agenda1700000000300 implements MigrationInterface {
  name = 'Agenda1700000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE venues (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        address text,
        created_at timestamptz NOT NULL
      )`);
    // one hall at one address once: a second booking must find the same row to see the clash
    await q.query(`CREATE UNIQUE INDEX venues_name_address_uq ON venues (lower(name), lower(coalesce(address, '')))`);
    await q.query(`
      CREATE TABLE conferences (
        id uuid PRIMARY KEY,
        organization_id uuid,
        organizer_name text NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        year_reviewed int NOT NULL,
        year_launched int NOT NULL,
        time_zone text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        format text NOT NULL CHECK (format IN ('in-person', 'online', 'hybrid')),
        venue_id uuid REFERENCES venues(id),
        status text NOT NULL CHECK (status IN ('draft', 'scheduled', 'in_progress', 'concluded', 'cancelled')),
        cancel_reason text,
        cancelled_at timestamptz,
        sequence int NOT NULL,
        agenda_version int NOT NULL,
        movement jsonb,
        award_presenters jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX conferences_active_venue_idx ON conferences (venue_id, starts_at) WHERE status IN ('scheduled', 'in_progress')`,
    );
    await q.query('CREATE INDEX conferences_starts_idx ON conferences (starts_at)');
    await q.query(`
      CREATE TABLE connection_points (
        id uuid PRIMARY KEY,
        conference_id uuid NOT NULL REFERENCES conferences(id),
        ord int NOT NULL,
        host_unit text NOT NULL,
        location text NOT NULL,
        technical_contact jsonb,
        expected_attendees int
      )`);
    await q.query('CREATE INDEX connection_points_conference_idx ON connection_points (conference_id)');
    await q.query(`
      CREATE TABLE guests (
        id uuid PRIMARY KEY,
        conference_id uuid NOT NULL REFERENCES conferences(id),
        ord int NOT NULL,
        person_id uuid NOT NULL,
        name text NOT NULL,
        titles jsonb NOT NULL,
        organization text,
        UNIQUE (conference_id, person_id)
      )`);
    await q.query(`
      CREATE TABLE segments (
        id uuid PRIMARY KEY,
        conference_id uuid NOT NULL REFERENCES conferences(id),
        ord int NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        starts_at timestamptz,
        ends_at timestamptz,
        status text NOT NULL CHECK (status IN ('planned', 'done', 'skipped')),
        presenters jsonb NOT NULL,
        presenter_person_ids uuid[] NOT NULL,
        notes text,
        CHECK ((starts_at IS NULL) = (ends_at IS NULL) AND (starts_at IS NULL OR ends_at > starts_at))
      )`);
    await q.query('CREATE INDEX segments_conference_idx ON segments (conference_id, ord)');
    // "a presenter in two places at once" looks people up across conferences
    await q.query('CREATE INDEX segments_presenters_idx ON segments USING gin (presenter_person_ids)');
    await q.query(`
      CREATE TABLE agenda_versions (
        conference_id uuid NOT NULL REFERENCES conferences(id),
        version int NOT NULL,
        segments jsonb NOT NULL,
        published_at timestamptz NOT NULL,
        PRIMARY KEY (conference_id, version)
      )`);
    // awards and covenants as the other services announced them; kept even before their
    // conference is known here, and a revocation even before its conferment
    await q.query(`
      CREATE TABLE conference_awards (
        award_id uuid PRIMARY KEY,
        conference_id uuid,
        status text NOT NULL CHECK (status IN ('conferred', 'revoked')),
        award_type jsonb NOT NULL,
        recipient jsonb NOT NULL,
        decision jsonb,
        presented_on_behalf_of text,
        revocation jsonb,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX conference_awards_conference_idx ON conference_awards (conference_id, status)');
    await q.query(`
      CREATE TABLE conference_covenants (
        covenant_id uuid PRIMARY KEY,
        conference_id uuid NOT NULL,
        title text NOT NULL,
        cluster_name text NOT NULL,
        year int NOT NULL,
        status text NOT NULL CHECK (status IN ('drafted', 'fully_signed')),
        fully_signed_at timestamptz,
        parties jsonb NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX conference_covenants_conference_idx ON conference_covenants (conference_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'conference_covenants',
      'conference_awards',
      'agenda_versions',
      'segments',
      'guests',
      'connection_points',
      'conferences',
      'venues',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
