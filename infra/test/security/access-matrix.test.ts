import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@tdkt/auth';
import { bearer, USER_OF_ROLE } from '@tdkt/testing';
import { ACCESS_RULES as AGENDA } from '../../../services/agenda/test/access.rules';
import { ACCESS_RULES as AWARDS } from '../../../services/awards/test/access.rules';
import { ACCESS_RULES as COVENANTS } from '../../../services/covenants/test/access.rules';
import { ACCESS_RULES as INVITATIONS } from '../../../services/invitations/test/access.rules';
import { ACCESS_RULES as PRESS } from '../../../services/press/test/access.rules';
import { snapshotDatabase } from '../fuzz/database-snapshot';
import { startFiveServices, type ServiceUnderFuzz } from '../fuzz/five-services';
import { operationsOf, type OpenApiDocument, type Operation } from '../fuzz/openapi-operations';

/**
 * The allow/deny matrix of issue 11, generated from the services' own OpenAPI documents: every
 * operation × every role (a single-role user each) × no token, a forged token, and a user of
 * another organization. What each operation allows is declared once, in its service's
 * test/access.rules.ts, from who may act on what — an operation without a rule fails the test,
 * so a new endpoint cannot ship open; a rule for an operation that is gone fails too.
 * Every refused request is checked to have changed no database and emitted no event.
 */
type Rule = { roles: readonly Role[] } | { public: string };
const RULES: Record<string, Record<string, Rule>> = {
  agenda: AGENDA,
  awards: AWARDS,
  covenants: COVENANTS,
  invitations: INVITATIONS,
  press: PRESS,
};
const WRITE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A request that passes no validation on purpose: only the access decision is under test. */
function urlOf(op: Operation, fill: (name: string, i: number) => string = () => randomUUID()): string {
  let i = 0;
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(fill(name, i++)));
}

async function call(svc: ServiceUnderFuzz, op: Operation, url: string, headers: Record<string, string>) {
  const res = await fetch(svc.url + url, {
    method: op.method,
    headers: { ...headers, ...(WRITE.has(op.method) ? { 'content-type': 'application/json' } : {}) },
    body: WRITE.has(op.method) ? '{}' : undefined,
    redirect: 'manual',
  });
  const text = await res.text();
  return { status: res.status, text, type: res.headers.get('content-type') ?? '' };
}

describe('access matrix: every endpoint × every role × own and other organization', () => {
  let five: Awaited<ReturnType<typeof startFiveServices>>;
  const ops: Record<string, Operation[]> = {};

  beforeAll(async () => {
    five = await startFiveServices();
    for (const svc of five.services) {
      const doc = (await (await fetch(`${svc.url}/docs-json`)).json()) as OpenApiDocument;
      ops[svc.name] = operationsOf(doc);
    }
  });
  afterAll(async () => {
    await five?.stop();
  });

  it('has exactly one declared rule for every operation of every service', () => {
    const missing: string[] = [];
    const stale: string[] = [];
    for (const svc of five.services) {
      const rules = RULES[svc.name]!;
      const keys = new Set(ops[svc.name]!.map((op) => `${op.method} ${op.path}`));
      for (const key of keys) if (!rules[key]) missing.push(`${svc.name}: ${key}`);
      for (const key of Object.keys(rules)) if (!keys.has(key)) stale.push(`${svc.name}: ${key}`);
      for (const [key, rule] of Object.entries(rules)) {
        if ('roles' in rule)
          for (const r of rule.roles) expect([svc.name, key, ROLES.includes(r)]).toEqual([svc.name, key, true]);
      }
    }
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('answers each role as declared, 401 without or with a forged token, and refused requests change nothing', async () => {
    const wrong: string[] = [];
    const headersOf = Object.fromEntries(
      await Promise.all(ROLES.map(async (r) => [r, await bearer(USER_OF_ROLE[r])] as const)),
    ) as Record<Role, Record<string, string>>;
    const good = headersOf.admin.authorization!;
    // a real token of the provider with its signature broken: a forger's best attempt
    const forged = { authorization: `${good.slice(0, -6)}AAAAAA` };
    const refusedCalls: Array<() => Promise<void>> = [];
    for (const svc of five.services) {
      for (const op of ops[svc.name]!) {
        const key = `${op.method} ${op.path}`;
        const rule = RULES[svc.name]![key];
        if (!rule) continue; // reported by the test above
        const url = urlOf(op);
        if ('public' in rule) {
          const res = await call(svc, op, url, {});
          if (res.status === 401 || res.status === 403 || res.status >= 500)
            wrong.push(`${svc.name} ${key}: public (${rule.public}) but ${res.status} without a token`);
          continue;
        }
        refusedCalls.push(async () => {
          for (const [who, headers] of [
            ['no token', {}],
            ['a forged token', forged],
          ] as const) {
            const res = await call(svc, op, url, headers);
            if (res.status !== 401 || !res.type.includes('problem+json'))
              wrong.push(`${svc.name} ${key}: ${res.status} with ${who}, expected 401 problem+json`);
          }
          for (const role of ROLES.filter((r) => !rule.roles.includes(r))) {
            const res = await call(svc, op, url, headersOf[role]);
            if (res.status !== 403) wrong.push(`${svc.name} ${key}: ${res.status} for ${role}, expected 403`);
          }
        });
        for (const role of rule.roles) {
          const res = await call(svc, op, url, headersOf[role]);
          // allowed: the request reaches the endpoint (which may still find nothing, or refuse the empty body)
          if (res.status === 401 || res.status === 403 || res.status >= 500)
            wrong.push(`${svc.name} ${key}: ${res.status} for ${role}, which may call it (${res.text.slice(0, 120)})`);
        }
      }
    }
    // the refused requests run together, between two snapshots of every database (outbox included)
    const before = await Promise.all(five.services.map((s) => snapshotDatabase(s.db, ['public.idempotency_keys'])));
    const outboxSeq = await Promise.all(five.services.map((s) => outboxHighWater(s)));
    for (const refused of refusedCalls) await refused();
    const after = await Promise.all(five.services.map((s) => snapshotDatabase(s.db, ['public.idempotency_keys'])));
    expect(await Promise.all(five.services.map((s) => outboxHighWater(s)))).toEqual(outboxSeq);
    expect(after).toEqual(before);
    expect(wrong).toEqual([]);
    expect(refusedCalls.length).toBeGreaterThan(50);
  });

  it("answers a user of another organization as if the runner's records did not exist, and changes nothing", async () => {
    const wrong: string[] = [];
    const outsider = await bearer('test-outsider');
    const before = await Promise.all(five.services.map((s) => snapshotDatabase(s.db, ['public.idempotency_keys'])));
    let checked = 0;
    for (const svc of five.services) {
      for (const op of ops[svc.name]!) {
        const rule = RULES[svc.name]![`${op.method} ${op.path}`];
        if (!rule || 'public' in rule) continue;
        const owned = svc.resources[op.path.split('/')[1] ?? ''];
        if (op.pathParams.length && owned) {
          // the first path parameter names a record of the runner's organization
          const res = await call(
            svc,
            op,
            urlOf(op, (_, i) => (i === 0 ? owned : randomUUID())),
            outsider,
          );
          checked++;
          if (res.status < 400 || res.status === 401 || res.status >= 500)
            wrong.push(`${svc.name} ${op.method} ${op.path}: ${res.status} for another organization's record`);
        } else if (!op.pathParams.length && op.method === 'GET') {
          const res = await call(svc, op, op.path, outsider);
          checked++;
          for (const id of Object.values(svc.resources))
            if (res.text.includes(id)) wrong.push(`${svc.name} GET ${op.path} shows another organization's ${id}`);
        }
      }
    }
    const after = await Promise.all(five.services.map((s) => snapshotDatabase(s.db, ['public.idempotency_keys'])));
    expect(after).toEqual(before);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(30);
  });
});

/** The outbox's sequence high-water mark: an event written and already published still moved it. */
async function outboxHighWater(svc: ServiceUnderFuzz): Promise<string> {
  const { Client } = await import('pg');
  const client = new Client({ ...svc.db });
  await client.connect();
  try {
    const r = await client.query<{ last: string }>(
      `SELECT coalesce((SELECT last_value::text FROM pg_sequences WHERE sequencename LIKE 'outbox%seq' LIMIT 1), '-') AS last`,
    );
    return r.rows[0]!.last;
  } finally {
    await client.end();
  }
}
