import { Public } from '@tdkt/auth';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Query } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, dropTestDatabase } from '@tdkt/testing';
import type { DatabaseConfig } from '@tdkt/persistence';
import { logCapture, startTestApp, testOptions, type TestApp } from '../src/test-support/test-app';

// Real PostgreSQL failures, raised by real statements, through the kit's problem filter.
let ds: DataSource;
let db: DatabaseConfig;
let closedPort: number;
const SECRET = 'tham-so-bi-mat-0912345678';

@Public('a fixture of this test')
@Controller('sql')
class SqlController {
  @Get('int') int(@Query('v') v: string) {
    return ds.query('SELECT $1::int AS v', [v]);
  }
  @Get('smallint') smallint(@Query('v') v: string) {
    return ds.query('SELECT $1::smallint AS v', [v]);
  }
  @Get('short') short(@Query('v') v: string) {
    return ds.query('INSERT INTO short_codes (code) VALUES ($1)', [v]);
  }
  @Get('date') date(@Query('v') v: string) {
    return ds.query('SELECT $1::date AS v', [v]);
  }
  @Get('bytes') bytes() {
    return ds.query("SELECT convert_from('\\xff'::bytea, 'UTF8') AS v");
  }
  @Get('broken') broken() {
    return ds.query('SELECT $1::text AS v FROM no_such_table', [SECRET]);
  }
  @Get('null-row') nullRow() {
    return ds.query('INSERT INTO short_codes (code, label) VALUES ($1, NULL)', ['abc']);
  }
  @Get('terminated') terminated() {
    return ds.query('SELECT pg_terminate_backend(pg_backend_pid())');
  }
  @Get('refused') async refused() {
    const pool = new Pool({
      host: '127.0.0.1',
      port: closedPort,
      user: 'postgres',
      database: 'postgres',
      connectionTimeoutMillis: 2000,
    });
    try {
      return await pool.query('SELECT 1');
    } finally {
      await pool.end();
    }
  }
  @Get('pool-timeout') async poolTimeout() {
    const pool = new Pool({ ...db, max: 1, connectionTimeoutMillis: 100 });
    const held = await pool.connect();
    try {
      return await pool.query('SELECT 1');
    } finally {
      held.release();
      await pool.end();
    }
  }
}

describe('PostgreSQL errors that reach HTTP (real database)', () => {
  const logs = logCapture();
  let t: TestApp;
  let closed: Server;
  beforeAll(async () => {
    db = await createTestDatabase('kit_db_errors');
    ds = new DataSource({
      type: 'postgres',
      host: db.host,
      port: db.port,
      username: db.user,
      password: db.password,
      database: db.database,
    });
    await ds.initialize();
    await ds.query("CREATE TABLE short_codes (code varchar(3) NOT NULL, label text NOT NULL DEFAULT 'x')");
    // a port that was just free and is closed again: connecting is refused
    closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    t = await startTestApp(testOptions({ logLevel: 'info', logStream: logs.stream }), [SqlController]);
  });
  afterAll(async () => {
    await t?.close();
    await ds?.destroy();
    await dropTestDatabase(db);
  });

  const get = async (path: string) => {
    const res = await fetch(t.url + path);
    return { status: res.status, headers: res.headers, text: await res.text() };
  };

  it.each([
    ['22P02 invalid text representation', '/sql/int?v=abc'],
    ['22003 numeric out of range', '/sql/smallint?v=99999'],
    ['22001 string too long', '/sql/short?v=abcdef'],
    ['22007 invalid datetime format', '/sql/date?v=2024-02-31x'],
    ['22008 datetime field overflow', '/sql/date?v=2024-13-45'],
    ['22021 invalid byte sequence', '/sql/bytes'],
  ])('answers a data exception (%s) with a 400 problem', async (_name, path) => {
    logs.lines.length = 0;
    const r = await get(path);
    // logged as a validation gap, without the value
    const warning = logs.lines.find((l) => l.context === 'ProblemFilter')!;
    expect(warning).toMatchObject({ level: 'warn', sqlState: expect.stringMatching(/^22/) });
    expect(JSON.stringify(warning)).not.toMatch(/abc|99999|2024-02-31x|2024-13-45/);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(r.text)).toMatchObject({
      type: 'urn:tdkt:problem:invalid-value',
      status: 400,
      en: { title: 'Invalid value' },
    });
  });

  it.each([
    ['57P01 admin_shutdown', '/sql/terminated'],
    ['connection refused', '/sql/refused'],
    ['pool timeout', '/sql/pool-timeout'],
  ])('answers an unreachable database (%s) with 503 and Retry-After', async (_name, path) => {
    const r = await get(path);
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('5');
    expect(JSON.parse(r.text)).toMatchObject({ type: 'urn:tdkt:problem:database-unavailable', status: 503 });
  });

  it("keeps a failing statement's parameters out of the answer and the log", async () => {
    logs.lines.length = 0;
    const r = await get('/sql/broken');
    expect(r.status).toBe(500);
    expect(r.text).not.toContain(SECRET);
    const failure = logs.lines.find((l) => l.context === 'ProblemFilter')!;
    // the statement and the SQLSTATE are there, the values are not
    expect(JSON.stringify(failure.err)).toContain('no_such_table');
    expect(JSON.stringify(logs.lines)).not.toContain(SECRET);
  });

  it('keeps the failing row (the detail) out of the log of a not-null violation', async () => {
    logs.lines.length = 0;
    expect((await get('/sql/null-row')).status).toBe(500);
    expect(JSON.stringify(logs.lines)).not.toContain('Failing row contains');
  });
});
