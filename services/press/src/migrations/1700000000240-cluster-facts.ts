import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each cluster as covenants last announced it (members with dates, head and deputy per year),
 * one row per cluster (the newest event wins); `tenant` finds the conferences it organises.
 */
export class ClusterFacts1700000000240 implements MigrationInterface {
  name = 'ClusterFacts1700000000240';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rm_clusters (
      cluster_id uuid PRIMARY KEY,
      tenant text,
      fact jsonb NOT NULL
    )`);
    await q.query(`CREATE INDEX rm_clusters_tenant ON rm_clusters (tenant)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rm_clusters`);
  }
}
