import { createRemoteJWKSet, jwtVerify, errors, type JWTPayload } from 'jose';
import type { AuthConfig } from './auth.config';
import { KeysUnavailableError } from './domain/auth-errors';
import { ROLES, TENANT_PATTERN, type Actor, type Role } from './domain/actor';

/** A token that does not let its bearer in: missing, malformed, forged, expired, for another audience… */
export class InvalidTokenError extends Error {}

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
}

function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Checks an access token the way every service must: signature against the provider's published
 * keys (fetched once, refreshed when a new key id appears), issuer, audience, expiry with a small
 * clock skew. No call to the provider per request.
 */
export class TokenVerifier {
  private keys?: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: AuthConfig) {}

  async verify(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keySet(), {
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: this.config.clockSkewSeconds,
        algorithms: ALGORITHMS,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (e) {
      if (e instanceof KeysUnavailableError) throw e;
      if (e instanceof errors.JWKSTimeout || (e instanceof Error && /fetch failed|ECONNREFUSED/.test(e.message))) {
        this.keys = undefined; // try discovery again next time
        throw new KeysUnavailableError(e.message);
      }
      throw new InvalidTokenError(e instanceof Error ? e.message : String(e));
    }
    return this.actorOf(payload);
  }

  private actorOf(payload: JWTPayload): Actor {
    const roles = strings(claimAt(payload, this.config.rolesClaim)).filter((r): r is Role =>
      (ROLES as readonly string[]).includes(r),
    );
    const tenants = strings(claimAt(payload, this.config.tenantsClaim))
      // a group path (`/province:ha-giang`) where the provider sends full paths
      .map((t) => t.replace(/^.*\//, ''))
      .filter((t) => TENANT_PATTERN.test(t));
    const name =
      strings(claimAt(payload, this.config.nameClaim))[0] ??
      strings(payload.preferred_username)[0] ??
      (payload.sub as string);
    return {
      id: payload.sub as string,
      name: name.slice(0, 200),
      roles,
      tenants: [...new Set(tenants)].sort(),
      client: strings(payload.azp)[0],
    };
  }

  private async keySet(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (this.keys) return this.keys;
    let uri = this.config.jwksUri;
    if (!uri) {
      const discovery = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
      try {
        const res = await fetch(discovery, { signal: AbortSignal.timeout(5000) });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        uri = ((await res.json()) as { jwks_uri?: string }).jwks_uri;
      } catch (e) {
        throw new KeysUnavailableError(`${discovery}: ${(e as Error).message}`);
      }
      if (!uri) throw new KeysUnavailableError(`${discovery} names no jwks_uri`);
    }
    this.keys = createRemoteJWKSet(new URL(uri), { timeoutDuration: 5000, cooldownDuration: 30_000 });
    return this.keys;
  }
}
