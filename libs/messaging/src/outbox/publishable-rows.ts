export interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  key: string;
  type: string;
  headers: Record<string, string>;
  /** the event's data as JSON text, sent as the message value */
  payload: string;
}

/**
 * Keeps per-key order when several relays run: a key is publishable only if every unsent row of
 * that key up to our last one is in our locked batch (none is held by another relay).
 */
export function publishableRows(locked: OutboxRow[], unsent: { key: string; seq: string }[]): OutboxRow[] {
  const ours = new Set(locked.map((r) => String(r.seq)));
  const lastOfKey = new Map<string, bigint>();
  for (const r of locked) lastOfKey.set(r.key, BigInt(r.seq));
  const blocked = new Set<string>();
  for (const u of unsent) {
    const last = lastOfKey.get(u.key);
    if (last !== undefined && BigInt(u.seq) <= last && !ours.has(String(u.seq))) blocked.add(u.key);
  }
  return locked.filter((r) => !blocked.has(r.key));
}
