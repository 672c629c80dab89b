import type { Actor } from '../domain/actor';
import { canSee, ownTenant } from '../domain/tenancy';

/**
 * The owning organization of a record the caller creates (see ownTenant); a TenantChoiceError
 * becomes 400/403 problem+json in the service's error filter.
 */
export const tenantForNew = (actor: Actor, requested?: string | null, kind?: string): string =>
  ownTenant(actor, requested, kind);

/**
 * A record of another tenant is answered like a missing one: `notFound` is the service's own
 * 404, so existence does not leak.
 */
export function assertVisible<T extends { tenant?: string | null }>(actor: Actor, record: T, notFound: () => Error): T {
  if (!canSee(actor, record.tenant)) throw notFound();
  return record;
}
