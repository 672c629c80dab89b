import { isTransientDatabaseError } from './transient-errors';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from './database-config';

/** Runs pending migrations, each in its own transaction; returns the names it applied. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** Creates the database if it is missing (connects to the server's `postgres` database). */
export async function ensureDatabase(c: DatabaseConfig): Promise<boolean> {
  // a server still starting is waited for (with backoff), never a reason to exit
  for (let delay = 250; ; delay = Math.min(delay * 2, 5000)) {
    try {
      return await createIfMissing(c);
    } catch (e) {
      if (!isTransientDatabaseError(e)) throw e;
      process.stderr.write(
        `${JSON.stringify({ level: 40, msg: 'database not reachable yet; retrying', host: c.host, port: c.port, err: (e as Error).message, retryInMs: delay })}\n`,
      );
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

async function createIfMissing(c: DatabaseConfig): Promise<boolean> {
  const admin = new Client({
    host: c.host,
    port: c.port,
    user: c.user,
    password: c.password,
    database: 'postgres',
    connectionTimeoutMillis: 5000,
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [c.database]);
    if (found.rowCount) return false;
    await admin.query(`CREATE DATABASE "${c.database.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await admin.end();
  }
}

export async function dropDatabase(c: DatabaseConfig): Promise<void> {
  const admin = new Client({ host: c.host, port: c.port, user: c.user, password: c.password, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${c.database.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
