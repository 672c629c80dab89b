import { HttpException } from '@nestjs/common';
import type { ProblemInit } from './problem.types';

/**
 * An HTTP failure with bilingual texts. Throw it from controllers or use cases; the global
 * ProblemFilter renders it as problem+json in the request's language.
 */
export class ProblemException extends HttpException {
  readonly problem: ProblemInit;

  constructor(problem: ProblemInit, options?: { cause?: unknown }) {
    // the English title as message keeps Nest's own logging and tooling readable
    super(problem, problem.status, { cause: options?.cause, description: problem.en.title });
    this.message = problem.en.title;
    this.problem = problem;
  }
}
