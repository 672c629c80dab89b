// HTTP read path: requests/s of a service's read endpoint (the agenda's GET /conferences/{id}:
// token check, tenancy, the aggregate read, the view) against a bare Node `http` server answering
// the very same JSON body, both driven by the same load generator (autocannon) in the same run.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import type { INestApplication } from '@nestjs/common';
import { MessagingRuntime } from '@tdkt/messaging';
import { createTestDatabase, dropTestDatabase, listenOnFreePort, testServiceEnv, uniqueNamespace } from '@tdkt/testing';
import { createAgendaApp } from '../services/agenda/src/app.factory';
import { loadAgendaConfig } from '../services/agenda/src/config/agenda.config';
import { benchAuth, envInt, fmt, table, within } from './bench-env';

export const TARGET_RATIO = 0.6;

export interface HttpReadResult {
  bench: 'http-read';
  seconds: number;
  connections: number;
  bodyBytes: number;
  serviceRequestsPerSec: number;
  baselineRequestsPerSec: number;
  serviceP99Ms: number;
  baselineP99Ms: number;
  ratio: number;
  target: number;
  pass: boolean;
}

/** Requests/s and p99 of `seconds` of load; any non-2xx answer or socket error fails the run. */
async function load(url: string, headers: Record<string, string>, seconds: number, connections: number) {
  const r = await autocannon({ url, headers, duration: seconds, connections });
  const bad = r.non2xx + r.errors + r.timeouts;
  if (bad > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  if (r.requests.total === 0) throw new Error(`${url}: no request answered in ${seconds} s`);
  return { perSec: r.requests.total / seconds, p99: r.latency.p99 };
}

export async function run(o: { seconds?: number; connections?: number; log?: (l: string) => void } = {}) {
  const seconds = o.seconds ?? envInt('BENCH_HTTP_SECONDS', 10);
  const connections = o.connections ?? envInt('BENCH_HTTP_CONNECTIONS', 10);
  const log = o.log ?? ((l: string) => console.log(l));
  const db = await createTestDatabase('bench_http');
  const ns = uniqueNamespace('bench-http');
  let app: INestApplication | undefined;
  let bare: Server | undefined;
  try {
    app = await createAgendaApp(loadAgendaConfig(testServiceEnv(db, ns, 'AGENDA_DB')));
    const url = await listenOnFreePort(app);
    await within('agenda: messaging started', 60_000, app.get(MessagingRuntime).whenStarted());
    const auth = await within('sign-in at the identity provider', 60_000, benchAuth());
    const created = await fetch(`${url}/conferences`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({
        organizer: { name: 'UBND tỉnh Sơn La' },
        kind: 'provincial-review',
        yearReviewed: 2023,
        yearLaunched: 2024,
        startsAt: '2024-02-29T08:00:00+07:00',
        endsAt: '2024-02-29T11:30:00+07:00',
        format: 'online',
      }),
    });
    if (created.status !== 201) throw new Error(`POST /conferences → ${created.status} ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    const read = await fetch(`${url}/conferences/${id}`, { headers: auth });
    if (read.status !== 200) throw new Error(`GET /conferences/${id} → ${read.status}`);
    // the baseline answers the service's own body, with the same content type
    const body = await read.text();
    bare = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(body);
    });
    await new Promise<void>((r) => bare!.listen(0, '127.0.0.1', r));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/conferences/${id}`;

    // warm-up of each (JIT, the pool), then the measured runs, baseline first
    await load(bareUrl, {}, 1, connections);
    await load(`${url}/conferences/${id}`, auth, 1, connections);
    const baseline = await load(bareUrl, {}, seconds, connections);
    const service = await load(`${url}/conferences/${id}`, auth, seconds, connections);
    const ratio = service.perSec / baseline.perSec;
    const result: HttpReadResult = {
      bench: 'http-read',
      seconds,
      connections,
      bodyBytes: Buffer.byteLength(body),
      serviceRequestsPerSec: Math.round(service.perSec),
      baselineRequestsPerSec: Math.round(baseline.perSec),
      serviceP99Ms: service.p99,
      baselineP99Ms: baseline.p99,
      ratio: Number(ratio.toFixed(3)),
      target: TARGET_RATIO,
      pass: ratio >= TARGET_RATIO,
    };
    log(
      table([
        ['GET /conferences/{id} (agenda), requests/s', fmt(result.serviceRequestsPerSec)],
        ['bare Node http, same body, requests/s', fmt(result.baselineRequestsPerSec)],
        ['p99 ms (service / bare)', `${result.serviceP99Ms} / ${result.baselineP99Ms}`],
        ['ratio service/bare', fmt(ratio, 2)],
        ['target', `>= ${fmt(TARGET_RATIO, 2)}`],
        ['result', result.pass ? 'PASS' : 'BELOW TARGET'],
      ]),
    );
    log(JSON.stringify(result));
    return result;
  } finally {
    bare?.close();
    await app?.close().catch(() => undefined);
    await dropTestDatabase(db).catch(() => undefined);
  }
}
