import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { bearer } from '@tdkt/testing';
import { snapshotDatabase } from './database-snapshot';
import { startFiveServices, type ServiceUnderFuzz } from './five-services';
import { malformedRequest, type FuzzRequest } from './malformed-request';
import { operationsOf, type OpenApiDocument, type Operation } from './openapi-operations';

/**
 * Finding 11: every endpoint of the five services, taken from their own OpenAPI documents, gets
 * malformed requests — wrong types, huge strings and numbers, deep nesting, extra fields, invalid
 * UTF-8, control characters, SQL fragments, broken path and query values. Each must be refused
 * with a 4xx (never a 5xx) and none may change a database. FUZZ_SEED=<n> replays a run.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS_PER_SERVICE = Number(process.env.FUZZ_RUNS ?? 260);
const QUOTA_PER_SERVICE = 200;

/** Operations with nothing a client sends, so nothing to malform (and one that legitimately writes). */
const NO_INPUT = new Set([
  'GET /health/live',
  'GET /health/ready',
  'GET /precedence-tables/default',
  'POST /admin/read-model/rebuild',
]);

interface Finding {
  service: string;
  request: string;
  defect: string;
  status: number;
  body: string;
}

describe('fuzz: malformed requests to every endpoint of the five services', () => {
  let five: Awaited<ReturnType<typeof startFiveServices>>;
  const findings: Finding[] = [];
  const changed: string[] = [];
  const sent: Record<string, number> = {};
  const statuses: Record<string, Record<number, number>> = {};

  beforeAll(async () => {
    five = await startFiveServices();
  });
  afterAll(async () => {
    await five?.stop();
  });

  async function send(svc: ServiceUnderFuzz, r: FuzzRequest): Promise<void> {
    sent[svc.name] = (sent[svc.name] ?? 0) + 1;
    // signed in as the seeding user: the malformed input must meet the validation, not the 401
    const res = await fetch(svc.url + r.url, {
      method: r.method,
      headers: { ...(await bearer('test-runner')), ...r.headers },
      body: r.body ? new Uint8Array(r.body) : undefined,
      redirect: 'manual',
    });
    const text = await res.text();
    const seen = (statuses[svc.name] ??= {});
    seen[res.status] = (seen[res.status] ?? 0) + 1;
    if (res.status < 400 || res.status > 499) {
      findings.push({
        service: svc.name,
        request: `${r.method} ${r.url.slice(0, 200)}`,
        defect: r.defect,
        status: res.status,
        body: text.slice(0, 300),
      });
    }
  }

  it(`refuses every malformed request with a 4xx and changes no database (seed ${SEED})`, async () => {
    console.log(`http fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${RUNS_PER_SERVICE} requests per service`);
    for (const [i, svc] of five.services.entries()) {
      const doc = (await (await fetch(`${svc.url}/docs-json`)).json()) as OpenApiDocument;
      // an operation that takes no body, path or query parameter has nothing to malform
      const ops: Operation[] = operationsOf(doc).filter(
        (op) => (op.body || op.pathParams.length || op.queryParams.length) && !NO_INPUT.has(`${op.method} ${op.path}`),
      );
      expect(ops.length).toBeGreaterThan(5);
      const before = await snapshotDatabase(svc.db);
      const request = fc.constantFrom(...ops).chain((op) => malformedRequest(op, svc.headers, svc.known));
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          await send(svc, r);
        }),
        { seed: SEED + i, numRuns: RUNS_PER_SERVICE, endOnFailure: true },
      );
      const after = await snapshotDatabase(svc.db);
      for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (before[table] !== after[table]) changed.push(`${svc.name} ${table}: ${before[table]} → ${after[table]}`);
      }
    }
    console.log(`http fuzz: answers by status ${JSON.stringify(statuses)}`);
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(findings, null, 2));
    expect({ findings, changed }).toEqual({ findings: [], changed: [] });
    for (const svc of five.services) expect(sent[svc.name]).toBeGreaterThanOrEqual(QUOTA_PER_SERVICE);
    // every request was let in: a 401 would mean the fuzz only tested the token check
    for (const svc of five.services) expect([svc.name, statuses[svc.name]?.[401] ?? 0]).toEqual([svc.name, 0]);
    expect(Object.values(sent).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1_000);
  });
});
