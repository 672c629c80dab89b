import { useQuery } from '@tanstack/react-query';
import { setCsrfToken } from '../api/client';

/**
 * Who is signed in, from the gateway's /auth/me (the gateway's own endpoint: it has no OpenAPI
 * document, its routes are listed in services/gateway/README.md). null: nobody is.
 */
export interface Me {
  id: string;
  name: string;
  roles: string[];
  tenants: string[];
  csrfToken: string;
}

async function fetchMe(): Promise<Me | null> {
  const res = await fetch('/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (res.status === 401) {
    setCsrfToken(undefined);
    return null;
  }
  if (!res.ok) throw new Error(`/auth/me: HTTP ${res.status}`);
  const me = (await res.json()) as Me;
  setCsrfToken(me.csrfToken);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });
}

export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Ends the gateway's session, then the provider's (its end-session URL). */
export async function signOut(csrfToken: string): Promise<void> {
  const res = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
  });
  const body = res.ok ? ((await res.json()) as { logoutUrl: string }) : undefined;
  setCsrfToken(undefined);
  window.location.assign(body?.logoutUrl ?? '/');
}
