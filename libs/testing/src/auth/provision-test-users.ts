import { testKeycloak } from './keycloak-endpoint';
import { TEST_USERS, testUserPassword } from './test-users';

/** Admin REST calls against the realm, as the provider's bootstrap admin. */
async function adminClient() {
  const kc = testKeycloak();
  const res = await fetch(`${kc.url}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: kc.credentials.KEYCLOAK_ADMIN_USERNAME ?? 'admin',
      password: kc.credentials.KEYCLOAK_ADMIN_PASSWORD ?? '',
    }),
  });
  if (!res.ok) throw new Error(`Keycloak admin login: HTTP ${res.status}`);
  const { access_token } = (await res.json()) as { access_token: string };
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${kc.url}/admin/realms/tdkt${path}`, {
      method,
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok && r.status !== 409)
      throw new Error(`Keycloak admin ${method} ${path}: HTTP ${r.status} ${await r.text()}`);
    const text = await r.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

/** Adds (or resets) the test users and their organizations in the realm. Idempotent. */
export async function provisionTestUsers(): Promise<void> {
  const call = await adminClient();
  const password = testUserPassword();
  const realmRoles = await call<{ id: string; name: string }[]>('GET', '/roles');
  for (const [username, spec] of Object.entries(TEST_USERS)) {
    await call('POST', '/groups', { name: spec.tenant });
    const [group] = await call<{ id: string; name: string }[]>(
      'GET',
      `/groups?search=${encodeURIComponent(spec.tenant)}&exact=true`,
    );
    await call('POST', '/users', {
      username,
      enabled: true,
      firstName: spec.firstName,
      lastName: spec.lastName,
      email: `${username}@test.tdkt.invalid`,
      emailVerified: true,
    });
    const [user] = await call<{ id: string }[]>('GET', `/users?username=${username}&exact=true`);
    await call('PUT', `/users/${user!.id}/reset-password`, { type: 'password', value: password, temporary: false });
    // no left-over lockout from an earlier run's wrong-password test
    await call('DELETE', `/attack-detection/brute-force/users/${user!.id}`);
    const roles = realmRoles.filter((r) => (spec.roles as readonly string[]).includes(r.name));
    await call('POST', `/users/${user!.id}/role-mappings/realm`, roles);
    await call('PUT', `/users/${user!.id}/groups/${group!.id}`);
  }
}
