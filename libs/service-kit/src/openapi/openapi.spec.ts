import { CovenantsController } from '../test-support/covenants.fixture';
import { startTestApp, testOptions, type TestApp } from '../test-support/test-app';

describe('OpenAPI (real HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testOptions({ title: 'Giao ước thi đua API', version: '0.4.0' }), [CovenantsController]);
  });
  afterAll(() => t.close());

  it('serves the document at /docs-json with title, version and the DTO schemas', async () => {
    const res = await fetch(`${t.url}/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      info: Record<string, unknown>;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    expect(doc.info).toMatchObject({ title: 'Giao ước thi đua API', version: '0.4.0' });
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/covenants', '/covenants/{id}', '/health/ready']));
    expect(doc.paths['/metrics']).toBeUndefined();
    expect(doc.components.schemas.CreateCovenantDto.properties).toHaveProperty('parties');
  });

  it('documents the Idempotency-Key header where ApiIdempotencyKey() is put, optional', async () => {
    const doc = (await (await fetch(`${t.url}/docs-json`)).json()) as {
      paths: Record<
        string,
        Record<string, { parameters?: { name: string; in: string; required?: boolean; description?: string }[] }>
      >;
    };
    const header = (path: string, method: string) =>
      doc.paths[path]?.[method]?.parameters?.find((p) => p.name === 'Idempotency-Key');
    expect(header('/covenants', 'post')).toMatchObject({
      in: 'header',
      required: false,
      description: expect.stringContaining('same key and body'),
    });
    expect(header('/covenants/{id}', 'get')).toBeUndefined();
  });

  it('serves the UI at /docs', async () => {
    const res = await fetch(`${t.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('swagger');
  });
});
