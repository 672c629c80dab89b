import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import type { Request, RequestHandler, Response } from '../http.types';
import { ensureDatabase } from '@tdkt/persistence';
import type { GatewayConfig } from '../config/gateway.config';
import { SESSION_COOKIE } from './session-data';

export const SESSION_TABLE = 'sessions';
const logger = new Logger('SessionStore');

/**
 * The gateway's whole schema: connect-pg-simple's table, created here (idempotent) rather than
 * by the store on first use, so that a start without the right to create it fails at once.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS ${SESSION_TABLE} (
  sid varchar NOT NULL PRIMARY KEY,
  sess json NOT NULL,
  expire timestamp(6) NOT NULL
);
CREATE INDEX IF NOT EXISTS ${SESSION_TABLE}_expire ON ${SESSION_TABLE} (expire);
`;

export interface SessionStorage {
  pool: Pool;
  middleware: RequestHandler;
  close(): Promise<void>;
}

/** Server-side sessions in the gateway's own PostgreSQL database; the browser holds only the id. */
export async function openSessionStorage(config: GatewayConfig): Promise<SessionStorage> {
  await ensureDatabase(config.database);
  const pool = new Pool({ ...config.database, max: 10, application_name: 'gateway' });
  // an idle connection the server ends (a restart, a failover) must not take the process down:
  // the pool drops it and connects anew on the next request; without a listener it would throw
  pool.on('error', (err) => logger.warn({ err: { message: err.message } }, 'session store connection lost'));
  await pool.query(SCHEMA);
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool, tableName: SESSION_TABLE, pruneSessionInterval: 15 * 60 });
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.session.secret,
    store,
    resave: false,
    // no row (and no cookie) for visitors who never start a login
    saveUninitialized: false,
    // sliding idle expiry: every request pushes the end back
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicUrl.startsWith('https:'),
      maxAge: config.session.idleMinutes * 60_000,
      path: '/',
    },
  });
  // the store's failures (database down) happen ahead of Nest's filters: answered here, still as a problem
  // (a failure to touch the session at the end of a long answer, a live stream, comes after its
  // headers: nothing is left to answer)
  const guarded: RequestHandler = (req, res, next) =>
    middleware(req, res, (err?: unknown) => {
      if (!err) return next();
      if (!res.headersSent) sessionsUnavailable(req, res);
    });
  return {
    pool,
    middleware: guarded,
    close: async () => {
      store.close();
      await pool.end();
    },
  };
}

function sessionsUnavailable(req: Request, res: Response): void {
  const vi = {
    title: 'Tạm thời không đăng nhập được',
    detail: 'Kho phiên làm việc không phản hồi; hãy thử lại sau ít phút.',
  };
  const en = {
    title: 'Sign-in temporarily unavailable',
    detail: 'The session store does not answer; try again shortly.',
  };
  const lang = /^\s*en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'vi';
  res
    .status(503)
    .set({ 'Content-Type': 'application/problem+json; charset=utf-8', 'Content-Language': lang, 'Retry-After': '5' })
    .send(
      JSON.stringify({
        type: 'urn:tdkt:problem:sessions-unavailable',
        ...(lang === 'en' ? en : vi),
        status: 503,
        instance: req.path,
        vi,
        en,
        correlationId: typeof req.id === 'string' ? req.id : undefined,
      }),
    );
}
