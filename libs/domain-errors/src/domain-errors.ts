/**
 * The errors every service's domain code throws alike: plain classes, no framework, each carrying
 * what to tell the user in both languages. `@tdkt/service-kit`'s `commonProblem` turns them into
 * problem details; a service's own errors stay with the service.
 */
export abstract class DomainError extends Error {}

/**
 * 404: something the request names does not exist. `what` is the service's word for it
 * (`'decision'`, `'guest'`); a service narrows it: `class NotFound extends AnyNotFound<'guest' | 'mail'> {}`.
 */
export class NotFound<What extends string = string> extends DomainError {
  constructor(
    readonly what: What,
    readonly id: string,
  ) {
    super(`${what} ${id} does not exist`);
  }
}

/** 409: the state forbids the request (revoking twice, a cancelled conference, a guest already listed…). */
export class Conflict extends DomainError {
  constructor(
    readonly type: string,
    readonly vi: string,
    readonly en: string,
    readonly field?: string,
  ) {
    super(en);
  }
}

/** 400: a request that cannot be valid as sent, naming the field and, as `code`, the rule it breaks. */
export class InvalidInput extends DomainError {
  constructor(
    readonly field: string,
    readonly vi: string,
    readonly en: string,
    readonly code = 'invalid',
  ) {
    super(en);
  }
}
