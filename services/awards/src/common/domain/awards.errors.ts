/** Domain errors of the registry: plain classes; awards-error.mapper turns them into problems. */
export abstract class AwardsError extends Error {}

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
  constructor(readonly number: string, readonly authority: string, readonly year: number, readonly existingId?: string) {
    super(`decision ${number} of ${authority} already exists for ${year}`);
  }
}

export class NotFound extends AwardsError {
  constructor(readonly what: 'decision' | 'recipient' | 'award' | 'award-type' | 'proposal', readonly id: string) {
    super(`${what} ${id} does not exist`);
  }
}

/** A state conflict: revoking twice, confirming a rejected proposal, a cancelled conference… */
export class Conflict extends AwardsError {
  constructor(readonly type: string, readonly vi: string, readonly en: string, readonly field?: string) {
    super(en);
  }
}

/** A malformed spreadsheet: what is wrong with the file itself, before any row is read. */
export class MalformedSpreadsheet extends AwardsError {
  constructor(readonly vi: string, readonly en: string) {
    super(en);
  }
}

/** A request that cannot be valid as sent (400), naming the field. */
export class InvalidInput extends AwardsError {
  constructor(readonly field: string, readonly vi: string, readonly en: string) {
    super(en);
  }
}
