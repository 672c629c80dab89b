/**
 * The error as it may be logged: without the bound parameters of a failed SQL statement
 * (TypeORM's QueryFailedError carries them as `parameters`) — they are the request's data: names,
 * e-mail addresses, tokens — nor PostgreSQL's `detail`, which quotes rows and keys ("Failing row
 * contains (…)", "Key (email)=(…)"). The statement text, the SQLSTATE and the message stay: they
 * are what a developer needs.
 */
export function loggableError(e: unknown): unknown {
  if (!(e instanceof Error)) return e;
  const own = e as Error & { parameters?: unknown; driverError?: unknown; detail?: unknown };
  if (own.parameters === undefined && own.driverError === undefined && own.detail === undefined) return e;
  const copy = Object.assign(Object.create(Object.getPrototypeOf(e) as object) as Error, e);
  copy.message = e.message;
  copy.stack = e.stack;
  const scrubbed = copy as typeof own;
  delete scrubbed.parameters;
  delete scrubbed.detail;
  if (own.driverError !== undefined) scrubbed.driverError = loggableError(own.driverError);
  return copy;
}
