import type { Actor } from './actor';

/** Why a tenant could not be chosen for a new record. */
export class TenantChoiceError extends Error {
  constructor(
    readonly reason: 'none' | 'ambiguous' | 'not-member',
    readonly requested?: string,
  ) {
    super(reason);
  }
}

/**
 * The tenant a new record belongs to: the one the caller names, if they belong to it (an admin
 * may name any), else the caller's only organization (of the wanted kind, if given).
 */
export function ownTenant(actor: Actor, requested?: string | null, kind?: string): string {
  if (requested) {
    if (actor.tenants.includes(requested) || actor.roles.includes('admin')) return requested;
    throw new TenantChoiceError('not-member', requested);
  }
  const mine = kind ? actor.tenants.filter((t) => t.startsWith(`${kind}:`)) : actor.tenants;
  if (mine.length === 1) return mine[0]!;
  throw new TenantChoiceError(mine.length === 0 ? 'none' : 'ambiguous');
}

/**
 * The tenants whose records the caller may see, or `null` for all of them (admin). Reads go
 * through this so that another tenant's record answers 404, the same as one that does not exist.
 */
export function visibleTenants(actor: Actor): string[] | null {
  return actor.roles.includes('admin') ? null : actor.tenants;
}

export function canSee(actor: Actor, tenant: string | null | undefined): boolean {
  const visible = visibleTenants(actor);
  return visible === null || (tenant != null && visible.includes(tenant));
}
