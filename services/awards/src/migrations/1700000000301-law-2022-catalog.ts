import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LAW_2022_CATALOG } from '../catalog/domain/law-2022.catalog';

/** Seeds the catalog of Law 06/2022/QH15 (docs/domain.md#the-award-catalog); a later law is a later migration. */
export class Law2022Catalog1700000000301 implements MigrationInterface {
  name = 'Law2022Catalog1700000000301';

  async up(q: QueryRunner): Promise<void> {
    for (const t of LAW_2022_CATALOG) {
      await q.query(
        `INSERT INTO award_types (code, name, family, conferring_authority, recipient_kinds, rank, legal_basis, valid_from, valid_to,
                                  presented_on_behalf_of, announce_as, prerequisite)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
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
        ],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM award_types WHERE organization IS NULL AND code = ANY($1)', [
      LAW_2022_CATALOG.map((t) => t.code),
    ]);
  }
}
