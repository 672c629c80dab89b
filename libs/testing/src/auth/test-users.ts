import { createHash } from 'node:crypto';
import { codeFlowLogin, type TokenSet } from './code-flow';
import { testKeycloak } from './keycloak-endpoint';

const ALL_ROLES = ['organizer', 'secretariat', 'cluster-lead', 'press-officer', 'press-lead', 'admin'];

/**
 * Users the global setup adds to the realm for a test run, beside the realm's demo users:
 * `test-runner` (every role, organization province:kiem-thu) is who the tests act as unless they
 * say otherwise; `test-reviewer` is a second person of the same organization (four-eyes rules);
 * `test-outsider` has every role but admin, in another organization (tenancy); `test-<role>`
 * has that one role, in test-runner's organization (the access matrix).
 */
export const TEST_USERS = {
  'test-runner': { firstName: 'Kiểm', lastName: 'Thử', roles: ALL_ROLES, tenant: 'province:kiem-thu' },
  'test-reviewer': { firstName: 'Duyệt', lastName: 'Thử', roles: ALL_ROLES, tenant: 'province:kiem-thu' },
  'test-outsider': {
    firstName: 'Người',
    lastName: 'Ngoài',
    roles: ALL_ROLES.filter((r) => r !== 'admin'),
    tenant: 'province:ngoai-tinh',
  },
  // one role each, same organization as test-runner: the access matrix
  'test-organizer': { firstName: 'Tổ chức', lastName: 'Thử', roles: ['organizer'], tenant: 'province:kiem-thu' },
  'test-secretariat': { firstName: 'Thi đua', lastName: 'Thử', roles: ['secretariat'], tenant: 'province:kiem-thu' },
  'test-cluster-lead': {
    firstName: 'Trưởng cụm',
    lastName: 'Thử',
    roles: ['cluster-lead'],
    tenant: 'province:kiem-thu',
  },
  'test-press-officer': {
    firstName: 'Phóng viên',
    lastName: 'Thử',
    roles: ['press-officer'],
    tenant: 'province:kiem-thu',
  },
  'test-press-lead': { firstName: 'Biên tập', lastName: 'Thử', roles: ['press-lead'], tenant: 'province:kiem-thu' },
  'test-admin': { firstName: 'Quản trị', lastName: 'Thử', roles: ['admin'], tenant: 'province:kiem-thu' },
  // the wrong-password test's own account: the provider's brute-force lockout then hits nobody else
  'test-wrong-password': { firstName: 'Sai', lastName: 'Mật khẩu', roles: [], tenant: 'province:kiem-thu' },
} as const;
export type TestUser = keyof typeof TEST_USERS;

/** The single-role test user of each role. */
export const USER_OF_ROLE = {
  organizer: 'test-organizer',
  secretariat: 'test-secretariat',
  'cluster-lead': 'test-cluster-lead',
  'press-officer': 'test-press-officer',
  'press-lead': 'test-press-lead',
  admin: 'test-admin',
} as const satisfies Record<string, TestUser>;

/** The realm's demo users (infra/keycloak/realm): their password is the demo one. */
export const DEMO_USERS = [
  'hg.tochuc',
  'hg.thidua',
  'sl.tochuc',
  'sl.thidua',
  'cum.truong',
  'bao.phongvien',
  'bao.bientap',
  'quantri',
] as const;
export type DemoUser = (typeof DEMO_USERS)[number];

/**
 * The test users' password: derived from the provider's admin password, so it is the same for
 * every test run against one provider (runs side by side do not reset each other's) and known
 * to nobody without that provider's credentials file.
 */
export function testUserPassword(): string {
  const admin = testKeycloak().credentials.KEYCLOAK_ADMIN_PASSWORD;
  if (!admin) throw new Error("no KEYCLOAK_ADMIN_PASSWORD in the provider's credentials.env");
  return `T-${createHash('sha256').update(`tdkt test users\0${admin}`).digest('base64url').slice(0, 24)}`;
}

function passwordOf(user: string): string {
  return user in TEST_USERS ? testUserPassword() : testKeycloak().credentials.KEYCLOAK_DEMO_PASSWORD!;
}

const cache = new Map<string, Promise<TokenSet>>();

/** A valid access token for a test or demo user, signed in by the code flow; reused until a minute before expiry. */
export async function tokenFor(user: TestUser | DemoUser): Promise<string> {
  let pending = cache.get(user);
  if (pending) {
    const tokens = await pending.catch(() => undefined);
    if (!tokens || tokens.expiresAt - Date.now() < 60_000) pending = undefined;
  }
  if (!pending) {
    pending = codeFlowLogin(user, passwordOf(user));
    cache.set(user, pending);
  }
  return (await pending).access_token;
}

export async function bearer(user: TestUser | DemoUser): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(user)}` };
}
