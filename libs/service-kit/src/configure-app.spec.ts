import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { configureApp } from './configure-app';
import type { ProblemDocument } from './problem/problem.types';
import { ServiceKitModule } from './service-kit.module';
import { CovenantsController } from './test-support/covenants.fixture';
import { startTestApp, testOptions, type TestApp } from './test-support/test-app';

describe('configureApp: body limits and parsing (real HTTP)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testOptions({ bodyLimit: '2kb' }), [CovenantsController]);
  });
  afterAll(() => t.close());

  const send = (body: string, contentType = 'application/json', lang?: string) =>
    fetch(`${t.url}/covenants`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(lang ? { 'accept-language': lang } : {}) },
      body,
    });

  it('rejects a body over the limit with a 413 problem naming the limit', async () => {
    const big = JSON.stringify({ title: 'x'.repeat(4000), year: 2026, parties: [{ unitName: 'A' }] });
    const res = await send(big);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const p = (await res.json()) as ProblemDocument;
    expect(p).toMatchObject({
      type: 'urn:tdkt:problem:payload-too-large',
      status: 413,
      title: 'Nội dung quá lớn',
      detail: 'Nội dung yêu cầu vượt quá giới hạn 2kb.',
      en: { title: 'Payload too large' },
    });
    expect(res.headers.get('x-correlation-id')).toBeTruthy();
  });

  it('accepts a body under the limit', async () => {
    const res = await send(JSON.stringify({ title: 'x'.repeat(1500), year: 2026, parties: [{ unitName: 'A' }] }));
    expect(res.status).toBe(201);
  });

  it('rejects malformed JSON with a bilingual 400 problem', async () => {
    const res = await send('{"title": "Giao ước",', 'application/json', 'en');
    expect(res.status).toBe(400);
    const p = (await res.json()) as ProblemDocument;
    expect(p).toMatchObject({
      type: 'urn:tdkt:problem:malformed-json',
      title: 'Malformed JSON',
      detail: 'The request body is not valid JSON.',
      vi: { title: 'JSON không hợp lệ', detail: 'Nội dung yêu cầu không phải là JSON hợp lệ.' },
    });
  });

  it('parses application/*+json bodies too', async () => {
    const res = await send(
      JSON.stringify({ title: 'A', year: 2026, parties: [{ unitName: 'A' }] }),
      'application/merge-patch+json',
    );
    expect(res.status).toBe(201);
  });

  it('does not parse other media types, so the DTO sees no body', async () => {
    const res = await send('title=A', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
    expect(((await res.json()) as ProblemDocument).type).toBe('urn:tdkt:problem:validation');
  });

  it('refuses to configure an application that is already initialised', async () => {
    const options = testOptions();
    @Module({ imports: [ServiceKitModule.forRoot(options)] })
    class LateModule {}
    const app = await NestFactory.create(LateModule, { bodyParser: false, logger: false });
    await app.init();
    await expect(configureApp(app, options)).rejects.toThrow(/before app.init/);
    await app.close();
  });
});
