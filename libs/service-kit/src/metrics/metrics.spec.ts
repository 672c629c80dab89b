import { register } from 'prom-client';
import { CovenantsController } from '../test-support/covenants.fixture';
import { startTestApp, testOptions, type TestApp } from '../test-support/test-app';
import { HTTP_DURATION_METRIC } from './prometheus';

/** The _count sample of the histogram series with exactly these labels (in any order). */
function countOf(text: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const m = line.match(/^http_request_duration_seconds_count\{(.*)\} (\d+)$/);
    if (!m) continue;
    const found = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    if (JSON.stringify(Object.entries(found).sort()) === JSON.stringify(Object.entries(labels).sort()))
      return Number(m[2]);
  }
  return undefined;
}

describe('/metrics (real HTTP)', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp(testOptions({ serviceName: 'covenants' }), [CovenantsController]);
    // a second app in the same process must reuse, not re-register, the metrics
    second = await startTestApp(testOptions({ serviceName: 'covenants' }), [CovenantsController]);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('serves Prometheus text with default metrics and the HTTP histogram by route template', async () => {
    const id = '3f2b8c1e-8d4a-4c9b-9a57-0d6f1e2a3b4c';
    expect((await fetch(`${first.url}/covenants/${id}`)).status).toBe(200);
    expect((await fetch(`${second.url}/no/such/route`)).status).toBe(404);
    // a handler's own 404 keeps its route template
    expect((await fetch(`${first.url}/covenants/not-a-uuid`)).status).toBe(400);

    const res = await fetch(`${first.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain(`# TYPE ${HTTP_DURATION_METRIC} histogram`);
    expect(text).toMatch(/process_cpu_user_seconds_total\{service="covenants"\} \d/);
    expect(countOf(text, { method: 'GET', route: '/covenants/:id', status_code: '200', service: 'covenants' })).toBe(1);
    expect(countOf(text, { method: 'GET', route: '(unmatched)', status_code: '404', service: 'covenants' })).toBe(1);
    expect(countOf(text, { method: 'GET', route: '/covenants/:id', status_code: '400', service: 'covenants' })).toBe(1);
    expect(text).not.toContain(id);
    expect(text).not.toContain('/no/such/route');
  });

  it('keeps one metric of each name in the global registry', () => {
    const names = register.getMetricsAsArray().map((m) => m.name);
    expect(names.filter((n) => n === HTTP_DURATION_METRIC)).toHaveLength(1);
    expect(names.filter((n) => n === 'process_cpu_user_seconds_total')).toHaveLength(1);
  });
});
