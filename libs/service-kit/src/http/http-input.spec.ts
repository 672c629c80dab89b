import { Public } from '@tdkt/auth';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { ProblemDocument } from '../problem/problem.types';
import { logCapture, startTestApp, testOptions, type TestApp } from '../test-support/test-app';
import { PageQuery, pageOf } from './page.query';

class GuestDto {
  @ApiProperty() @IsString() @MaxLength(200) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() note?: string;
}

class GuestsDto {
  @ApiProperty({ type: [GuestDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => GuestDto)
  guests!: GuestDto[];
}

class SearchQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() q?: string;
}

@Public('a fixture of this test')
@Controller()
class InputController {
  @Get('items')
  list(@Query() q: SearchQuery) {
    return {
      ...pageOf(
        Array.from({ length: 45 }, (_, i) => i),
        q,
      ),
      q: q.q ?? null,
    };
  }

  @Post('guests')
  create(@Body() body: GuestsDto) {
    return { names: body.guests.map((g) => g.name), notes: body.guests.map((g) => g.note ?? null) };
  }

  @Get('rsvp/:token')
  rsvp(@Param('token') token: string) {
    return { length: token.length };
  }
}

describe('HTTP input every service shares (real HTTP)', () => {
  const logs = logCapture();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(testOptions({ logLevel: 'info', logStream: logs.stream, secretRoutes: ['/rsvp/:token'] }), [
      InputController,
    ]);
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const res = await fetch(t.url + path);
    return { status: res.status, body: (await res.json()) as ProblemDocument & Record<string, unknown> };
  };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(t.url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as ProblemDocument & Record<string, unknown> };
  };

  describe('the shared page query', () => {
    it('defaults to page 1 of 20 and pages in memory lists', async () => {
      expect((await get('/items')).body).toMatchObject({
        page: 1,
        pageSize: 20,
        total: 45,
        items: Array.from({ length: 20 }, (_, i) => i),
      });
      expect((await get('/items?page=3&pageSize=20')).body).toMatchObject({ items: [40, 41, 42, 43, 44] });
      expect((await get('/items?page=10000&pageSize=100')).status).toBe(200);
    });

    it.each([
      ['page=1e21', 'page', 'isInt'],
      ['page=0x10', 'page', 'isInt'],
      ['page=%207', 'page', 'isInt'],
      ['page=99999999999', 'page', 'isInt'],
      ['page=10001', 'page', 'max'],
      ['page=0', 'page', 'min'],
      ['page=-1', 'page', 'min'],
      ['page=1.5', 'page', 'isInt'],
      ['page=NaN', 'page', 'isInt'],
      ['page=abc', 'page', 'isInt'],
      ['pageSize=101', 'pageSize', 'max'],
      ['pageSize=0', 'pageSize', 'min'],
      ['pageSize=Infinity', 'pageSize', 'isInt'],
    ])('refuses ?%s with a 400 naming %s', async (query, field, code) => {
      const r = await get(`/items?${query}`);
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    });
  });

  describe('control characters', () => {
    it('refuses U+0000 in a nested body field, naming the field in both languages', async () => {
      const r = await post('/guests', { guests: [{ name: 'Vi Đức Thọ' }, { name: 'Lò\u0000Văn' }] });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ type: 'urn:tdkt:problem:validation' });
      expect(r.body.errors).toEqual([expect.objectContaining({ field: 'guests[1].name', code: 'controlCharacter' })]);
      expect(r.body.errors![0]!.vi).toContain('U+0000');
      expect(r.body.errors![0]!.en).toContain('U+0000');
    });

    it.each([
      ['\u0007', 'U+0007'],
      ['\u001B[31m', 'U+001B'],
      ['\u007F', 'U+007F'],
      ['\u0085', 'U+0085'],
      ['\u009B', 'U+009B'],
    ])('refuses %j (%s)', async (ch, code) => {
      const r = await post('/guests', { guests: [{ name: `A${ch}B` }] });
      expect(r.status).toBe(400);
      expect(r.body.errors![0]).toMatchObject({ field: 'guests[0].name', code: 'controlCharacter' });
      expect(r.body.errors![0]!.en).toContain(code);
    });

    it('keeps tab, line feed and carriage return, which multi-line texts have', async () => {
      const r = await post('/guests', { guests: [{ name: 'Nguyễn Thái Hưng', note: 'dòng 1\r\ndòng 2\tcột' }] });
      expect(r.status).toBe(201);
      expect(r.body.notes).toEqual(['dòng 1\r\ndòng 2\tcột']);
    });

    it('refuses tab, LF and CR in query and path values, which are single-line', async () => {
      for (const path of ['/items?q=a%0Ab', '/items?q=a%09b', '/rsvp/abc%0D%0Adef']) {
        const r = await get(path);
        expect(r.status).toBe(400);
        expect(r.body.errors![0]).toMatchObject({ code: 'controlCharacter' });
      }
    });

    it('refuses them in a query string, a path parameter and an object key', async () => {
      const q = await get('/items?q=a%00b');
      expect(q.status).toBe(400);
      expect(q.body.errors![0]).toMatchObject({ field: 'q', code: 'controlCharacter' });
      const p = await get('/rsvp/abc%01def');
      expect(p.status).toBe(400);
      expect(p.body.errors![0]).toMatchObject({ field: 'token', code: 'controlCharacter' });
      const k = await post('/guests', { guests: [{ name: 'A', 'x\u0000y': 1 }] });
      expect(k.status).toBe(400);
      expect(k.body.errors![0]).toMatchObject({ field: 'guests[0].x?y', code: 'controlCharacter' });
    });

    it('refuses absurdly deep nesting with a 400, not a stack overflow', async () => {
      for (const body of [40, 5000, 20_000].flatMap((n) => [
        `{"guests":${'{"a":'.repeat(n)}"x"${'}'.repeat(n)}}`,
        `${'['.repeat(n)}${']'.repeat(n)}`,
      ])) {
        const res = await fetch(`${t.url}/guests`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        expect(res.status).toBe(400);
        expect(await res.json()).toMatchObject({ type: 'urn:tdkt:problem:too-deep', en: { title: 'Nested too deep' } });
      }
      // brackets inside strings are text, not nesting
      const text = await post('/guests', { guests: [{ name: '['.repeat(100), note: '{"\\'.repeat(50) }] });
      expect(text.status).toBe(201);
    });
  });

  describe('the body encoding', () => {
    it('refuses a JSON body with invalid UTF-8 bytes with a 400 problem instead of storing U+FFFD', async () => {
      const body = Buffer.concat([
        Buffer.from('{"guests":[{"name":"L'),
        Buffer.from([0xc3, 0x28, 0xff]),
        Buffer.from('"}]}'),
      ]);
      const res = await fetch(`${t.url}/guests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        type: 'urn:tdkt:problem:invalid-encoding',
        en: { title: 'Invalid encoding' },
      });
      const ok = await fetch(`${t.url}/guests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from('{"guests":[{"name":"Lò Văn Mừng"}]}'),
      });
      expect(ok.status).toBe(201);
    });
  });

  describe('secret routes in the request log', () => {
    it('logs an RSVP URL without its token, keeping the rest of the URL', async () => {
      logs.lines.length = 0;
      const token = 'eyJpbnZpdGF0aW9uSWQiOiJhYmMifQ.c2lnbmF0dXJlLXNlY3JldA';
      expect((await get(`/rsvp/${token}?answer=accepted`)).status).toBe(200);
      const text = JSON.stringify(logs.lines);
      expect(text).not.toContain(token);
      expect(logs.lines.map((l) => (l.req as { url?: string } | undefined)?.url)).toContain(
        '/rsvp/[redacted]?answer=accepted',
      );
      // other routes are logged as they are
      await get('/items?page=2');
      expect(logs.lines.map((l) => (l.req as { url?: string } | undefined)?.url)).toContain('/items?page=2');
    });
  });
});
