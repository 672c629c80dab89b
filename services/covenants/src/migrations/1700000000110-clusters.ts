import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Clusters and blocs with dated membership and a head and deputy per year. */
export class Clusters1700000000110 implements MigrationInterface {
  name = 'Clusters1700000000110';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE clusters (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('cum', 'khoi')),
        organizing_body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query('CREATE UNIQUE INDEX clusters_name_uq ON clusters (lower(organizing_body), lower(name))');
    await q.query(`
      CREATE TABLE cluster_memberships (
        id uuid PRIMARY KEY,
        cluster_id uuid NOT NULL REFERENCES clusters(id),
        unit_name text NOT NULL,
        joined_on date NOT NULL,
        left_on date CHECK (left_on > joined_on),
        note text,
        left_reason text
      )`);
    await q.query('CREATE INDEX cluster_memberships_cluster_idx ON cluster_memberships (cluster_id, joined_on)');
    await q.query('CREATE INDEX cluster_memberships_unit_idx ON cluster_memberships (lower(unit_name))');
    // the unique key is the last line of defence against two heads (or deputies) for one year
    await q.query(`
      CREATE TABLE cluster_leaderships (
        id uuid PRIMARY KEY,
        cluster_id uuid NOT NULL REFERENCES clusters(id),
        year int NOT NULL,
        role text NOT NULL CHECK (role IN ('head', 'deputy')),
        unit_name text NOT NULL,
        elected_on date,
        conference_id uuid,
        handed_over_on date,
        handed_over_to text,
        handover_conference_id uuid,
        UNIQUE (cluster_id, year, role)
      )`);
    await q.query('CREATE INDEX cluster_leaderships_unit_idx ON cluster_leaderships (lower(unit_name))');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE cluster_leaderships');
    await q.query('DROP TABLE cluster_memberships');
    await q.query('DROP TABLE clusters');
  }
}
