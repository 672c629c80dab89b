import { startTestApp, testOptions, type TestApp } from '../test-support/test-app';
import { LateReadiness } from './late-readiness';

describe('health probes (real HTTP)', () => {
  const state = { kafkaUp: true };
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(
      testOptions({
        readiness: [
          { name: 'database', check: async () => {} },
          {
            name: 'kafka',
            check: async () => {
              if (!state.kafkaUp) throw new Error('broker 127.0.0.1:19092 unreachable');
            },
          },
        ],
      }),
    );
  });
  afterAll(() => t.close());
  beforeEach(() => {
    state.kafkaUp = true;
  });

  it('live answers 200 {status: ok}', async () => {
    const res = await fetch(`${t.url}/health/live`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('ready answers 200 when every check passes', async () => {
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, kafka: { status: 'up' } },
    });
  });

  it('ready answers 503 naming the failed check and its message', async () => {
    state.kafkaUp = false;
    const res = await fetch(`${t.url}/health/ready`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { error: Record<string, unknown> };
    expect(body).toMatchObject({
      status: 'error',
      error: { kafka: { status: 'down', message: 'broker 127.0.0.1:19092 unreachable' } },
      info: { database: { status: 'up' } },
    });
    expect(body.error.database).toBeUndefined();
  });
});

describe('readiness timeout', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testOptions({ readiness: [{ name: 'hung', check: () => new Promise<void>(() => {}) }] }));
  });
  afterAll(() => t.close());

  it('reports a check that never settles as down after 3 s', async () => {
    const started = Date.now();
    const res = await fetch(`${t.url}/health/ready`);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      error: { hung: { status: 'down', message: expect.stringMatching(/timeout of 3000ms/) } },
    });
    expect(elapsed).toBeGreaterThanOrEqual(2900);
    expect(elapsed).toBeLessThan(6000);
  }, 10_000);
});

describe('LateReadiness', () => {
  it('is not ready before the application is attached, then asks the application', async () => {
    const late = new LateReadiness();
    const seen: unknown[] = [];
    const check = late.check('database', async (app) => {
      seen.push(app.get('DATA_SOURCE'));
    });
    await expect(check.check()).rejects.toThrow('application not started yet');
    late.attach({ get: (token: unknown) => `resolved ${String(token)}` } as never);
    await check.check();
    expect(check.name).toBe('database');
    expect(seen).toEqual(['resolved DATA_SOURCE']);
  });
});
