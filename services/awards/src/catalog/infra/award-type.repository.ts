import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AnnounceAs, AwardFamily, AwardType, Prerequisite, RecipientKind } from '../domain/award-type';

const COLUMNS = `id, code, name, family, conferring_authority, recipient_kinds, rank, legal_basis,
  to_char(valid_from, 'YYYY-MM-DD') AS valid_from, to_char(valid_to, 'YYYY-MM-DD') AS valid_to,
  presented_on_behalf_of, announce_as, prerequisite, organization, tenant`;

/** One row of COLUMNS: dates as 'YYYY-MM-DD' text, prerequisite as parsed jsonb. */
interface AwardTypeRow {
  id: string;
  code: string;
  name: string;
  family: AwardFamily;
  conferring_authority: string;
  recipient_kinds: RecipientKind[];
  rank: number;
  legal_basis: string;
  valid_from: string;
  valid_to: string | null;
  presented_on_behalf_of: string | null;
  announce_as: AnnounceAs;
  prerequisite: Prerequisite | null;
  organization: string | null;
  tenant: string | null;
}

export interface AwardTypeFilter {
  /** only the versions valid on this date */
  validOn?: string;
  family?: string;
  kind?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** The catalog table (a few dozen rows): read whole for planning, filtered and paginated for lists. */
@Injectable()
export class AwardTypeRepository {
  /** `tenant`: the law's types and this organization's own (another province's badge is not theirs to give). */
  async all(manager: EntityManager, tenant?: string | null): Promise<AwardType[]> {
    return (
      await manager.query<AwardTypeRow[]>(
        `SELECT ${COLUMNS} FROM award_types WHERE tenant IS NULL OR tenant = $1 ORDER BY rank, code, valid_from`,
        [tenant ?? null],
      )
    ).map(toAwardType);
  }

  async byCode(manager: EntityManager, code: string): Promise<AwardType[]> {
    return (
      await manager.query<AwardTypeRow[]>(
        `SELECT ${COLUMNS} FROM award_types WHERE upper(code) = upper($1) ORDER BY valid_from`,
        [code],
      )
    ).map(toAwardType);
  }

  async list(manager: EntityManager, f: AwardTypeFilter): Promise<{ items: AwardType[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    if (f.validOn)
      where.push(`valid_from <= ${p(f.validOn)}::date AND (valid_to IS NULL OR valid_to > $${params.length}::date)`);
    if (f.family) where.push(`family = ${p(f.family)}`);
    if (f.kind) where.push(`${p(f.kind)} = ANY(recipient_kinds)`);
    if (f.q) where.push(`(code ILIKE ${p(`%${f.q}%`)} OR name ILIKE $${params.length})`);
    const sql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await manager.query<[{ total: number }]>(
      `SELECT count(*)::int AS total FROM award_types ${sql}`,
      params,
    );
    const rows = await manager.query<AwardTypeRow[]>(
      `SELECT ${COLUMNS} FROM award_types ${sql} ORDER BY rank, name COLLATE "vi-x-icu", valid_from LIMIT ${p(f.pageSize)} OFFSET ${p((f.page - 1) * f.pageSize)}`,
      params,
    );
    return { items: rows.map(toAwardType), total };
  }

  /** Serialises additions of one code, so two overlapping versions cannot both pass the check. */
  async lockCode(manager: EntityManager, code: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`award-type:${code.toUpperCase()}`]);
  }

  async insert(manager: EntityManager, t: AwardType): Promise<void> {
    await manager.query(
      `INSERT INTO award_types (id, code, name, family, conferring_authority, recipient_kinds, rank, legal_basis, valid_from, valid_to,
                                presented_on_behalf_of, announce_as, prerequisite, organization, tenant)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        t.id,
        t.code,
        t.name,
        t.family,
        t.conferringAuthority,
        t.recipientKinds,
        t.rank,
        t.legalBasis,
        t.validFrom,
        t.validTo ?? null,
        t.presentedOnBehalfOf ?? null,
        t.announceAs,
        t.prerequisite ? JSON.stringify(t.prerequisite) : null,
        t.organization ?? null,
        t.tenant ?? null,
      ],
    );
  }
}

function toAwardType(r: AwardTypeRow): AwardType {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    family: r.family,
    conferringAuthority: r.conferring_authority,
    recipientKinds: r.recipient_kinds,
    rank: r.rank,
    legalBasis: r.legal_basis,
    validFrom: r.valid_from,
    validTo: r.valid_to ?? undefined,
    presentedOnBehalfOf: r.presented_on_behalf_of ?? undefined,
    announceAs: r.announce_as,
    prerequisite: r.prerequisite ?? undefined,
    organization: r.organization ?? undefined,
    tenant: r.tenant ?? undefined,
  };
}
