import { Client } from 'pg';
import type { DatabaseConfig } from '@tdkt/persistence';

/** Row count and a checksum of every table of a database: equal snapshots, unchanged data. */
export async function snapshotDatabase(
  db: DatabaseConfig,
  exclude: readonly string[] = [],
): Promise<Record<string, string>> {
  const client = new Client({ ...db });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables.rows) {
      if (exclude.includes(name)) continue;
      const r = await client.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS h FROM ${name} t`,
      );
      out[name] = `${r.rows[0]!.n} rows, ${r.rows[0]!.h}`;
    }
    return out;
  } finally {
    await client.end();
  }
}
