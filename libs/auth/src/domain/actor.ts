/** The platform's roles, as the identity provider grants them (realm roles in the demo realm). */
export const ROLES = ['organizer', 'secretariat', 'cluster-lead', 'press-officer', 'press-lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, read from a verified access token: a person signed in through the gateway or
 * a machine caller (client credentials). `tenants` are the organizations the caller belongs to
 * (`province:ha-giang`, `cluster:bien-gioi-phia-bac`, `press:bao-ha-giang`): every record
 * owned by an organization is visible and changeable only to its members.
 */
export interface Actor {
  /** the token's `sub`: stable across name changes */
  id: string;
  /** for audit trails and bylines; the username when the token carries no name */
  name: string;
  roles: Role[];
  tenants: string[];
  /** the OAuth client the token was issued to (`azp`) */
  client?: string;
}

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

/** A tenant id: `<kind>:<slug>`, lower-case ASCII — the shape the realm's organizations use. */
export const TENANT_PATTERN = /^[a-z][a-z0-9-]{0,31}:[a-z0-9][a-z0-9-]{0,79}$/;
