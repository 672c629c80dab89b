import { z } from 'zod';

/** How a service checks access tokens: any OpenID Connect provider, by configuration alone. */
export interface AuthConfig {
  /** the provider's issuer (`iss`); its discovery document names the signing keys */
  issuer: string;
  /** the audience a token must name (`aud`) */
  audience: string;
  /** the signing keys; default: `jwks_uri` from the issuer's discovery document */
  jwksUri?: string;
  /** where in the token the roles are (a dotted path: `roles`, `realm_access.roles`) */
  rolesClaim: string;
  /** where the organizations (tenants) are */
  tenantsClaim: string;
  /** the display name */
  nameClaim: string;
  /** leeway for `exp`/`nbf`/`iat` between this host's clock and the provider's */
  clockSkewSeconds: number;
}

export const authEnv = {
  AUTH_ISSUER: z.string().url().default('http://127.0.0.1:18080/realms/tdkt'),
  AUTH_AUDIENCE: z.string().min(1).default('tdkt-api'),
  AUTH_JWKS_URI: z.string().url().optional(),
  AUTH_ROLES_CLAIM: z
    .string()
    .regex(/^[\w-]+(\.[\w-]+)*$/)
    .default('roles'),
  AUTH_TENANTS_CLAIM: z
    .string()
    .regex(/^[\w-]+(\.[\w-]+)*$/)
    .default('tenants'),
  AUTH_NAME_CLAIM: z
    .string()
    .regex(/^[\w-]+(\.[\w-]+)*$/)
    .default('name'),
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
};

export function authConfigFrom(e: Record<string, unknown>): AuthConfig {
  return {
    issuer: e.AUTH_ISSUER as string,
    audience: e.AUTH_AUDIENCE as string,
    jwksUri: (e.AUTH_JWKS_URI as string | undefined) || undefined,
    rolesClaim: e.AUTH_ROLES_CLAIM as string,
    tenantsClaim: e.AUTH_TENANTS_CLAIM as string,
    nameClaim: e.AUTH_NAME_CLAIM as string,
    clockSkewSeconds: e.AUTH_CLOCK_SKEW_SECONDS as number,
  };
}
