/** The caller as coverage needs them: their tenants, and whether they see everything (admin). */
export interface ScopeActor {
  roles: readonly string[];
  tenants: readonly string[];
}

/**
 * The tenants whose drafts a caller sees, or `null` for all (admin): their own tenants and, for a
 * press office they belong to, every tenant it covers (`press:bao-ha-giang` → `province:ha-giang`…).
 */
export function draftScope(actor: ScopeActor, covered: readonly string[]): string[] | null {
  if (actor.roles.includes('admin')) return null;
  return [...new Set([...actor.tenants, ...covered])];
}

export const inScope = (scope: readonly string[] | null, tenant: string | null | undefined): boolean =>
  scope === null || (tenant != null && scope.includes(tenant));
