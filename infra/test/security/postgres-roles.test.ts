import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { dropDatabase } from '@tdkt/persistence';
import { testPostgres, testServiceEnv, uniqueNamespace } from '@tdkt/testing';
import { createCovenantsApp } from '../../../services/covenants/src/app.factory';
import { loadCovenantsConfig } from '../../../services/covenants/src/config/covenants.config';

const run = promisify(execFile);
const root = path.join(__dirname, '../../..');

/**
 * infra/postgres/create-dbs.sh (the script up.sh runs) on its own prefix: each service gets a
 * login role that owns its database and nothing else.
 */
describe('PostgreSQL: one role per service, owning only its own database', () => {
  const prefix = `t_roles_${randomBytes(3).toString('hex')}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-roles-'));
  const credentials = path.join(dir, 'credentials.env');
  const su = testPostgres();
  const role = `${prefix}_covenants`;
  let password: string;
  let app: INestApplication | undefined;

  const connectAs = async (database: string) => {
    const client = new Client({
      host: su.host,
      port: su.port,
      user: role,
      password,
      database,
      connectionTimeoutMillis: 5000,
    });
    await client.connect();
    return client;
  };

  beforeAll(async () => {
    await run('bash', [path.join(root, 'infra/postgres/create-dbs.sh'), 'covenants', 'awards'], {
      env: {
        ...process.env,
        PGHOST: su.host,
        PGPORT: String(su.port),
        PGUSER: su.user,
        PGPASSWORD: su.password ?? '',
        DB_PREFIX: prefix,
        PG_CREDENTIALS: credentials,
      },
    });
    password = /^PG_COVENANTS_PASSWORD=(\S+)$/m.exec(readFileSync(credentials, 'utf8'))![1]!;
  });

  afterAll(async () => {
    await app?.close();
    for (const svc of ['covenants', 'awards']) await dropDatabase({ ...su, database: `${prefix}_${svc}` });
    const admin = new Client({ ...su, database: 'postgres' });
    await admin.connect();
    for (const svc of ['covenants', 'awards']) await admin.query(`DROP ROLE IF EXISTS "${prefix}_${svc}"`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the generated passwords readable by their owner only', () => {
    expect(statSync(credentials).mode & 0o777).toBe(0o600);
    expect(readFileSync(credentials, 'utf8')).toMatch(/^PG_AWARDS_PASSWORD=[0-9a-f]{48}$/m);
  });

  it('connects the covenants role to its own database, not to the awards one', async () => {
    const own = await connectAs(`${prefix}_covenants`);
    expect((await own.query('SELECT current_user AS u')).rows[0].u).toBe(role);
    await own.end();
    await expect(connectAs(`${prefix}_awards`)).rejects.toThrow(/permission denied for database/);
  });

  it('gives the role no power over roles or databases', async () => {
    const own = await connectAs(`${prefix}_covenants`);
    try {
      await expect(own.query('CREATE ROLE intruder')).rejects.toThrow(/permission denied to create role/);
      await expect(own.query(`CREATE DATABASE ${prefix}_other`)).rejects.toThrow(
        /permission denied to create database/,
      );
      const r = (
        await own.query('SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user')
      ).rows[0];
      expect(r).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false });
    } finally {
      await own.end();
    }
  });

  it('runs the covenants service as that role: its migrations create tables the service owns', async () => {
    const db = { ...su, user: role, password, database: `${prefix}_covenants` };
    app = await createCovenantsApp(
      loadCovenantsConfig(testServiceEnv(db, uniqueNamespace('pg-roles'), 'COVENANTS_DB')),
    );
    await app.init();
    const own = await connectAs(`${prefix}_covenants`);
    try {
      const owners = (
        await own.query("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
      ).rows.map((r) => r.tableowner);
      const tables = (await own.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).rows.map(
        (r) => r.tablename,
      );
      expect(owners).toEqual([role]);
      expect(tables).toEqual(expect.arrayContaining(['outbox', 'processed_messages', 'migrations']));
    } finally {
      await own.end();
    }
  });
});
