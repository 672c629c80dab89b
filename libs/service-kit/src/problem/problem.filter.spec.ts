import { CovenantsController, mapCovenantErrors } from '../test-support/covenants.fixture';
import { startTestApp, testOptions, type TestApp } from '../test-support/test-app';
import type { ProblemDocument } from './problem.types';

describe('problem+json errors (real HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testOptions({ mapError: mapCovenantErrors }), [CovenantsController]);
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(t.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  async function problemOf(res: Response): Promise<ProblemDocument> {
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return (await res.json()) as ProblemDocument;
  }

  it('reports a missing field and a forbidden extra field, in Vietnamese by default', async () => {
    const res = await post('/covenants', { year: 2026, parties: [{ unitName: 'Sở Y tế' }], colour: 'red' });
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p).toMatchObject({
      type: 'urn:tdkt:problem:validation',
      status: 400,
      title: 'Dữ liệu không hợp lệ',
      instance: '/covenants',
      vi: { title: 'Dữ liệu không hợp lệ' },
      en: { title: 'Invalid request' },
    });
    const byCode = Object.fromEntries(p.errors!.map((e) => [`${e.field}:${e.code}`, e]));
    expect(byCode['title:isNotEmpty']).toMatchObject({
      message: 'Trường title không được để trống',
      vi: 'Trường title không được để trống',
      en: 'title should not be empty',
    });
    expect(byCode['colour:whitelistValidation']).toMatchObject({
      vi: 'không được phép có trường này (property colour should not exist)',
      en: 'property colour should not exist',
    });
    expect(p.detail).toContain(String(p.errors!.length));
  });

  it('switches the top-level texts to English when Accept-Language prefers en', async () => {
    const res = await post(
      '/covenants',
      { year: 2026, parties: [{ unitName: 'x' }] },
      { 'accept-language': 'en-US,en;q=0.9,vi;q=0.5' },
    );
    const p = await problemOf(res);
    expect(p.title).toBe('Invalid request');
    // a missing string fails both of its constraints
    expect(p.errors).toHaveLength(2);
    expect(p.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', code: 'isString', message: 'title must be a string' }),
        expect.objectContaining({ field: 'title', code: 'isNotEmpty', message: 'title should not be empty' }),
      ]),
    );
    expect(res.headers.get('content-language')).toBe('en');
  });

  it('writes nested paths with array indexes and reads numbers into Vietnamese texts', async () => {
    const res = await post('/covenants', {
      title: 'Giao ước',
      year: 1999,
      parties: [{ unitName: 'A' }, { unitName: '', extra: 1 }],
    });
    const p = await problemOf(res);
    const fields = p.errors!.map((e) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual(['parties[1].extra:whitelistValidation', 'parties[1].unitName:isNotEmpty', 'year:min']);
    expect(p.errors!.find((e) => e.code === 'min')!.vi).toBe('Trường year không được nhỏ hơn 2000');
  });

  it('hands a valid body to the handler transformed into the DTO classes', async () => {
    const res = await post('/covenants', { title: 'Giao ước thi đua', year: 2026, parties: [{ unitName: 'Sở Y tế' }] });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ title: 'Giao ước thi đua', dtoIsInstance: true, partyIsInstance: true });
  });

  it('gives a domain error the status its mapError says', async () => {
    const res = await post('/covenants/c-1/signatures', {});
    expect(res.status).toBe(409);
    const p = await problemOf(res);
    expect(p).toMatchObject({
      type: 'urn:tdkt:problem:covenant-already-signed',
      title: 'Giao ước đã được ký',
      detail: 'Giao ước c-1 đã được ký.',
      en: { title: 'Covenant already signed' },
      instance: '/covenants/c-1/signatures',
    });
  });

  it('renders a thrown ProblemException as is', async () => {
    const p = await problemOf(await fetch(`${t.url}/covenants/conflict`, { headers: { 'accept-language': 'en' } }));
    expect(p).toMatchObject({
      status: 409,
      type: 'urn:tdkt:problem:http-409',
      title: 'Conflict here',
      detail: 'English detail',
    });
  });

  it('answers an unknown route with a bilingual 404 problem', async () => {
    const res = await fetch(`${t.url}/nowhere?token=abc`);
    expect(res.status).toBe(404);
    const p = await problemOf(res);
    expect(p).toMatchObject({
      type: 'urn:tdkt:problem:not-found',
      title: 'Không tìm thấy',
      detail: 'Không có đường dẫn GET /nowhere.',
      en: { title: 'Not found', detail: 'There is no route GET /nowhere.' },
      instance: '/nowhere',
    });
  });

  it('maps Nest HttpExceptions from built-in pipes to a 400 problem', async () => {
    const res = await fetch(`${t.url}/covenants/not-a-uuid`);
    expect(res.status).toBe(400);
    const p = await problemOf(res);
    expect(p).toMatchObject({ type: 'urn:tdkt:problem:bad-request', title: 'Yêu cầu không hợp lệ' });
    expect(p.en.detail).toMatch(/uuid/i);
  });

  it('turns an unexpected error into a generic 500 without leaking it', async () => {
    const res = await fetch(`${t.url}/covenants/boom`, { headers: { 'x-correlation-id': 'corr-500' } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/secret|postgres|at /);
    const p = JSON.parse(text) as ProblemDocument;
    expect(p).toMatchObject({ type: 'urn:tdkt:problem:internal', title: 'Lỗi hệ thống', correlationId: 'corr-500' });
  });

  it('answers a unique-index violation that reached HTTP with a bilingual 409, not a 500', async () => {
    const res = await fetch(`${t.url}/covenants/race`);
    expect(res.status).toBe(409);
    const p = await problemOf(res);
    expect(p).toMatchObject({ type: 'urn:tdkt:problem:concurrent-conflict', title: 'Xung đột dữ liệu' });
    expect(p.en.title).toBe('Conflict');
    expect(JSON.stringify(p)).not.toContain('x_key');
  });

  it('answers a change whose event would be too large for the broker with a bilingual 413 naming the limit', async () => {
    const res = await fetch(`${t.url}/covenants/too-large`);
    expect(res.status).toBe(413);
    const p = await problemOf(res);
    expect(p).toMatchObject({ type: 'urn:tdkt:problem:event-too-large', title: 'Dữ liệu quá lớn' });
    expect(p.vi.detail).toContain('512 KiB');
    expect(p.en.detail).toContain('over the limit of 512 KiB');
  });
});
