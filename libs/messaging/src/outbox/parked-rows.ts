import type { DataSource } from 'typeorm';

export interface ParkedRow {
  seq: string;
  id: string;
  topic: string;
  key: string;
  type: string;
  bytes: number;
  createdAt: string;
  parkedAt: string;
  error: string;
}

/** The rows the broker refused, newest first (the payload is left out: it may be large). */
export async function listParkedRows(ds: DataSource, limit = 100): Promise<{ total: number; items: ParkedRow[] }> {
  const [{ total }] = await ds.query('SELECT count(*)::int AS total FROM outbox_parked');
  const items: ParkedRow[] = await ds.query(
    `SELECT seq::text, id, topic, key, type, octet_length(payload::text) AS bytes,
            created_at AS "createdAt", parked_at AS "parkedAt", error
       FROM outbox_parked ORDER BY parked_at DESC, seq DESC LIMIT $1`,
    [limit],
  );
  return { total, items };
}
