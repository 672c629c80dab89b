import type { Actor } from '../domain/actor';
import { canSee, ownTenant, TenantChoiceError } from '../domain/tenancy';
import { tenantRequired } from './auth-problems';

/** The owning organization of a record the caller creates; 400/403 problem+json when it cannot be chosen. */
export function tenantForNew(actor: Actor, requested?: string | null, kind?: string): string {
  try {
    return ownTenant(actor, requested, kind);
  } catch (e) {
    if (e instanceof TenantChoiceError) throw tenantRequired(e.reason, e.requested);
    throw e;
  }
}

/**
 * A record of another tenant is answered like a missing one: `notFound` is the service's own
 * 404, so existence does not leak.
 */
export function assertVisible<T extends { tenant?: string | null }>(actor: Actor, record: T, notFound: () => Error): T {
  if (!canSee(actor, record.tenant)) throw notFound();
  return record;
}
