import type session from 'express-session';

/**
 * Express's request, response and middleware types, reached through express-session's typing:
 * Express itself comes with Nest's platform package, the gateway does not declare it.
 */
type SessionMiddleware = ReturnType<typeof session>;
export type Request = Parameters<SessionMiddleware>[0];
export type Response = Parameters<SessionMiddleware>[1];
export type NextFunction = Parameters<SessionMiddleware>[2];
export type RequestHandler = SessionMiddleware;
