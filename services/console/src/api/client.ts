import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as AgendaPaths } from './generated/agenda';
import type { paths as AwardsPaths } from './generated/awards';
import type { paths as CovenantsPaths } from './generated/covenants';
import type { paths as InvitationsPaths } from './generated/invitations';
import type { paths as PressPaths } from './generated/press';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
let csrfToken: string | undefined;

/** The session's CSRF token, from /auth/me: the gateway wants it on every change made with the session cookie. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}
export function currentCsrfToken(): string | undefined {
  return csrfToken;
}

const session: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/**
 * One typed client per service, all through the gateway (/api/<service>) with the session cookie.
 * Paths, parameters and request bodies are checked against the types generated from each
 * service's OpenAPI document (src/api/generated, written by scripts/generate-api.cjs).
 */
function clientOf<Paths extends object>(service: string) {
  const client = createClient<Paths>({
    baseUrl: `${globalThis.location?.origin ?? ''}/api/${service}`,
    credentials: 'same-origin',
  });
  client.use(session);
  return client;
}

export const api = {
  agenda: clientOf<AgendaPaths>('agenda'),
  awards: clientOf<AwardsPaths>('awards'),
  covenants: clientOf<CovenantsPaths>('covenants'),
  invitations: clientOf<InvitationsPaths>('invitations'),
  press: clientOf<PressPaths>('press'),
};
