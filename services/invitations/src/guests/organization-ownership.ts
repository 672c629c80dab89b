import { Injectable } from '@nestjs/common';
import { canSee, tenantForNew, type Actor } from '@tdkt/auth';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/invitations.errors';

/**
 * Whose an organization's settings are: the tenant its conferences name (agenda's events), else
 * the tenant that first set them. Another tenant's organization answers 404, like an unknown one.
 */
@Injectable()
export class OrganizationOwnership {
  constructor(private readonly dataSource: DataSource) {}

  /** Before a read: refuses another tenant's organization; an organization nobody owns yet has only defaults. */
  async assertReadable(actor: Actor, organizationId: string): Promise<void> {
    const owner = await this.ownerOf(organizationId);
    if (owner !== undefined && !canSee(actor, owner)) throw new NotFound('organization', organizationId);
  }

  /** Before a write: the same, and an organization nobody owns yet becomes the caller's. */
  async claim(actor: Actor, organizationId: string): Promise<void> {
    if ((await this.ownerOf(organizationId)) === undefined) {
      await this.dataSource.query(
        'INSERT INTO organization_owners (organization_id, tenant) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [organizationId, tenantForNew(actor)],
      );
    }
    await this.assertReadable(actor, organizationId);
  }

  private async ownerOf(organizationId: string): Promise<string | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT tenant FROM conferences WHERE organization_id = $1 AND tenant IS NOT NULL
        UNION ALL SELECT tenant FROM organization_owners WHERE organization_id = $1
        LIMIT 1`,
      [organizationId],
    );
    return row?.tenant;
  }
}
