/** Texts of a problem in one language. */
export interface ProblemText {
  title: string;
  detail: string;
}

/** One invalid field of a request, in both languages. */
export interface FieldError {
  /** Path in the request, e.g. `parties[0].unitName`. */
  field: string;
  /** Stable machine code, e.g. the class-validator constraint (`isNotEmpty`). */
  code: string;
  vi: string;
  en: string;
}

/** What a service says about a failure; the filter turns it into RFC 9457 problem+json. */
export interface ProblemInit {
  status: number;
  vi: ProblemText;
  en: ProblemText;
  errors?: FieldError[];
  /**
   * Stable kind of problem: a slug (`covenant-already-signed`, becomes
   * `urn:tdkt:problem:covenant-already-signed`) or a full URI. Defaults to one derived from status.
   */
  type?: string;
  /** Sent as `Retry-After` (seconds), e.g. with a 503 while a dependency restarts. */
  retryAfterSeconds?: number;
}

/** The body sent to the client (`application/problem+json`). */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  vi: ProblemText;
  en: ProblemText;
  errors?: Array<FieldError & { message: string }>;
  /** Extension member: the request's correlation id, to quote when asking for support. */
  correlationId?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
export const PROBLEM_TYPE_PREFIX = 'urn:tdkt:problem:';
