import { NotFound as AnyNotFound } from '@tdkt/domain-errors';

/**
 * Domain errors of the registry: plain classes; awards-error.mapper turns them into problems.
 * Not found, conflicts and invalid input are the shared ones of @tdkt/domain-errors.
 */
export abstract class AwardsError extends Error {}
export { Conflict, InvalidInput } from '@tdkt/domain-errors';

export type AwardsThing = 'decision' | 'recipient' | 'award' | 'award-type' | 'proposal';
export class NotFound extends AnyNotFound<AwardsThing> {}

/** One refused field of one row or recipient, in both languages. */
export interface Refusal {
  /** `recipients[3].awardType` (JSON) or `rows[1235].awardType` (spreadsheet row 1235) */
  field: string;
  code: string;
  vi: string;
  en: string;
}

/** The decision as a whole is refused: every refused row is listed, nothing was recorded. */
export class DecisionRefused extends AwardsError {
  constructor(readonly refusals: Refusal[]) {
    super(`the decision was refused: ${refusals.length} problem(s); first: ${refusals[0]?.en}`);
  }
}

export class DuplicateDecision extends AwardsError {
  constructor(
    readonly number: string,
    readonly authority: string,
    readonly year: number,
    readonly existingId?: string,
  ) {
    super(`decision ${number} of ${authority} already exists for ${year}`);
  }
}

/** A malformed spreadsheet: what is wrong with the file itself, before any row is read. */
export class MalformedSpreadsheet extends AwardsError {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}
