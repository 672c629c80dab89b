import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { identityKey, searchKey, type Recipient } from '../domain/recipient';

const COLUMNS = 'id, kind, name, titles, unit, on_hold, hold_reason, hold_since';

/** One row of COLUMNS; `hold_reason` and `hold_since` are set exactly when `on_hold` is. */
interface RecipientRow {
  id: string;
  kind: Recipient['kind'];
  name: string;
  titles: string[];
  unit: string | null;
  on_hold: boolean;
  hold_reason: string | null;
  hold_since: Date | null;
}

export interface RecipientFilter {
  q?: string;
  kind?: string;
  unit?: string;
  onHold?: boolean;
  page: number;
  pageSize: number;
}

/** Recipients with stable ids; bulk reads and writes for decisions of thousands of lines. */
@Injectable()
export class RecipientRepository {
  async byIds(manager: EntityManager, ids: string[], lock = false): Promise<Recipient[]> {
    if (!ids.length) return [];
    const rows = await manager.query<RecipientRow[]>(
      `SELECT ${COLUMNS} FROM recipients WHERE id = ANY($1::uuid[]) ORDER BY id ${lock ? 'FOR UPDATE' : ''}`,
      [ids],
    );
    return rows.map(toRecipient);
  }

  /** Existing recipients by identity key, locked: a hold set meanwhile waits for this decision or is seen by it. */
  async byIdentities(manager: EntityManager, keys: string[]): Promise<Map<string, Recipient>> {
    if (!keys.length) return new Map();
    const rows = await manager.query<(RecipientRow & { identity_key: string })[]>(
      `SELECT ${COLUMNS}, identity_key FROM recipients WHERE identity_key = ANY($1::text[]) ORDER BY id FOR UPDATE`,
      [keys],
    );
    return new Map(rows.map((r): [string, Recipient] => [r.identity_key, toRecipient(r)]));
  }

  async insertMany(manager: EntityManager, recipients: Recipient[]): Promise<void> {
    for (let i = 0; i < recipients.length; i += 2000) {
      const chunk = recipients.slice(i, i + 2000);
      await manager.query(
        `INSERT INTO recipients (id, kind, name, identity_key, name_folded, titles, unit, unit_folded)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::text[], $8::text[])`,
        [
          chunk.map((r) => r.id),
          chunk.map((r) => r.kind),
          chunk.map((r) => r.name),
          chunk.map(identityKey),
          chunk.map((r) => searchKey(r.name)),
          chunk.map((r) => JSON.stringify(r.titles)),
          chunk.map((r) => r.unit ?? null),
          chunk.map((r) => searchKey(r.unit)),
        ],
      );
    }
  }

  async setHold(manager: EntityManager, id: string, reason: string | null): Promise<Recipient | undefined> {
    // an UPDATE … RETURNING answers [rows, affected count]
    const [rows] = await manager.query<[RecipientRow[], number]>(
      `UPDATE recipients SET on_hold = $2::text IS NOT NULL, hold_reason = $2, hold_since = CASE WHEN $2::text IS NULL THEN NULL ELSE now() END
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, reason],
    );
    return rows[0] ? toRecipient(rows[0]) : undefined;
  }

  /** Vietnamese-aware search: with or without diacritics, any part of the name (trigram index). */
  async search(manager: EntityManager, f: RecipientFilter): Promise<{ items: Recipient[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.q) where.push(`name_folded LIKE ${p(`%${likeEscape(searchKey(f.q))}%`)}`);
    if (f.unit) where.push(`unit_folded LIKE ${p(`%${likeEscape(searchKey(f.unit))}%`)}`);
    if (f.kind) where.push(`kind = ${p(f.kind)}`);
    if (f.onHold !== undefined) where.push(`on_hold = ${p(f.onHold)}`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM recipients ${sql}`,
      params,
    );
    const rows = await manager.query<RecipientRow[]>(
      `SELECT ${COLUMNS} FROM recipients ${sql} ORDER BY name COLLATE "vi-x-icu", unit COLLATE "vi-x-icu", id
        LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items: rows.map(toRecipient), total };
  }
}

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function toRecipient(r: RecipientRow): Recipient {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    titles: r.titles ?? [],
    unit: r.unit ?? undefined,
    hold: r.on_hold ? { reason: r.hold_reason!, since: r.hold_since! } : undefined,
  };
}
