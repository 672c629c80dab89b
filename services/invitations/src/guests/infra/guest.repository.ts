import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { searchKey, type Guest } from '../domain/guest';

const COLUMNS = 'id, tenant, kind, name, titles, organization, email, phone, central, recipient_id';

/** One row of COLUMNS. */
export interface GuestRow {
  id: string;
  tenant?: string | null;
  kind: Guest['kind'];
  name: string;
  titles: string[];
  organization: string | null;
  email: string | null;
  phone: string | null;
  central: boolean;
  recipient_id: string | null;
}

@Injectable()
export class GuestRepository {
  async insert(manager: EntityManager, g: Guest): Promise<void> {
    await manager.query(
      `INSERT INTO guests (id, kind, name, name_folded, titles, organization, email, phone, central, recipient_id, tenant)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        g.id,
        g.kind,
        g.name,
        searchKey(g.name),
        JSON.stringify(g.titles),
        g.organization ?? null,
        g.email ?? null,
        g.phone ?? null,
        g.central,
        g.recipientId ?? null,
        g.tenant ?? null,
      ],
    );
  }

  async update(manager: EntityManager, g: Guest): Promise<void> {
    await manager.query(
      `UPDATE guests SET kind = $2, name = $3, name_folded = $4, titles = $5, organization = $6, email = $7, phone = $8, central = $9, updated_at = now()
        WHERE id = $1`,
      [
        g.id,
        g.kind,
        g.name,
        searchKey(g.name),
        JSON.stringify(g.titles),
        g.organization ?? null,
        g.email ?? null,
        g.phone ?? null,
        g.central,
      ],
    );
  }

  async byId(manager: EntityManager, id: string, lock = false): Promise<Guest | undefined> {
    const [r] = await manager.query<GuestRow[]>(
      `SELECT ${COLUMNS} FROM guests WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
      [id],
    );
    return r ? toGuest(r) : undefined;
  }

  async byIds(manager: EntityManager, ids: string[]): Promise<Guest[]> {
    if (!ids.length) return [];
    return (await manager.query<GuestRow[]>(`SELECT ${COLUMNS} FROM guests WHERE id = ANY($1::uuid[])`, [ids])).map(
      toGuest,
    );
  }

  async byEmail(manager: EntityManager, email: string): Promise<Guest | undefined> {
    const [r] = await manager.query<GuestRow[]>(`SELECT ${COLUMNS} FROM guests WHERE lower(email) = lower($1)`, [
      email,
    ]);
    return r ? toGuest(r) : undefined;
  }

  async byRecipient(manager: EntityManager, recipientId: string): Promise<Guest | undefined> {
    const [r] = await manager.query<GuestRow[]>(`SELECT ${COLUMNS} FROM guests WHERE recipient_id = $1 FOR UPDATE`, [
      recipientId,
    ]);
    return r ? toGuest(r) : undefined;
  }

  /** Search by name with or without diacritics, Vietnamese order. */
  async search(
    manager: EntityManager,
    f: { q?: string; page: number; pageSize: number; tenants: string[] | null },
  ): Promise<{ items: Guest[]; total: number }> {
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const conditions = [
      ...(f.q ? [`name_folded LIKE ${p(`%${searchKey(f.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`] : []),
      ...(f.tenants ? [`tenant = ANY(${p(f.tenants)})`] : []),
    ];
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM guests ${where}`,
      params,
    );
    const rows = await manager.query<GuestRow[]>(
      `SELECT ${COLUMNS} FROM guests ${where} ORDER BY name COLLATE "vi-x-icu", id LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items: rows.map(toGuest), total };
  }
}

export function toGuest(r: GuestRow): Guest {
  return {
    id: r.id,
    ...(r.tenant ? { tenant: r.tenant } : {}),
    kind: r.kind,
    name: r.name,
    titles: r.titles ?? [],
    organization: r.organization ?? undefined,
    email: r.email ?? undefined,
    phone: r.phone ?? undefined,
    central: r.central,
    recipientId: r.recipient_id ?? undefined,
  };
}
