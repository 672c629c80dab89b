import { CovenantsController } from '../test-support/covenants.fixture';
import { logCapture, startTestApp, testOptions, type TestApp } from '../test-support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const COVENANT = '3f2b8c1e-8d4a-4c9b-9a57-0d6f1e2a3b4c';

describe('correlation id and request logs (real HTTP)', () => {
  const logs = logCapture();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testOptions({ serviceName: 'covenants', logLevel: 'info', logStream: logs.stream }), [
      CovenantsController,
    ]);
  });
  afterAll(() => t.close());
  beforeEach(() => {
    logs.lines.length = 0;
  });

  it('echoes the caller’s id and makes it currentCorrelation() inside the handler', async () => {
    const res = await fetch(`${t.url}/covenants/${COVENANT}`, { headers: { 'x-correlation-id': 'req-abc-123' } });
    expect(res.headers.get('x-correlation-id')).toBe('req-abc-123');
    expect(await res.json()).toEqual({ id: COVENANT, correlationId: 'req-abc-123' });
  });

  it('keeps the correlation through body parsing and validation', async () => {
    const res = await fetch(`${t.url}/covenants`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'post-1' },
      body: JSON.stringify({ title: 'A', year: 2026, parties: [{ unitName: 'B' }] }),
    });
    expect(await res.json()).toMatchObject({ correlationId: 'post-1' });
  });

  it('generates a UUID when the header is absent or not a plain token', async () => {
    const absent = await fetch(`${t.url}/covenants/${COVENANT}`);
    const generated = absent.headers.get('x-correlation-id')!;
    expect(generated).toMatch(UUID);
    expect(((await absent.json()) as { correlationId: string }).correlationId).toBe(generated);

    const hostile = await fetch(`${t.url}/covenants/${COVENANT}`, {
      headers: { 'x-correlation-id': '{"injected": true}' },
    });
    expect(hostile.headers.get('x-correlation-id')).toMatch(UUID);
    const long = await fetch(`${t.url}/covenants/${COVENANT}`, { headers: { 'x-correlation-id': 'x'.repeat(129) } });
    expect(long.headers.get('x-correlation-id')).toMatch(UUID);
  });

  it('writes JSON lines with service and correlationId for the request, including errors', async () => {
    await fetch(`${t.url}/covenants/boom`, { headers: { 'x-correlation-id': 'log-1' } });
    const lines = logs.lines.filter((l) => l.correlationId === 'log-1');
    // the filter's error line and pino-http's completion line
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.service).toBe('covenants');
    const completed = lines.find((l) => (l.res as { statusCode?: number } | undefined)?.statusCode === 500)!;
    expect(completed).toMatchObject({ level: 'error', msg: 'request errored' });
    expect(completed.err).toBeUndefined();
    const failure = lines.find((l) => l.context === 'ProblemFilter')!;
    expect(failure).toMatchObject({ level: 'error', status: 500 });
    expect((failure.err as { message: string }).message).toContain('leaked?');
  });

  it('does not log probe and scrape requests', async () => {
    await fetch(`${t.url}/health/live`);
    await fetch(`${t.url}/metrics`);
    await fetch(`${t.url}/covenants/${COVENANT}`, { headers: { 'x-correlation-id': 'visible' } });
    const urls = logs.lines.map((l) => (l.req as { url?: string } | undefined)?.url);
    expect(urls).toEqual([`/covenants/${COVENANT}`]);
  });

  it('redacts credentials from request logs', async () => {
    await fetch(`${t.url}/covenants/${COVENANT}`, { headers: { authorization: 'Bearer s3cr3t' } });
    expect(JSON.stringify(logs.lines)).not.toContain('s3cr3t');
  });
});
