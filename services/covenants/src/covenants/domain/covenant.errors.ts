import { InvalidInput } from '@tdkt/domain-errors';

/** Domain errors: plain classes; the HTTP layer maps them to problem responses. */
export abstract class CovenantError extends Error {
  abstract readonly kind: 'not-found' | 'conflict' | 'unprocessable';
}

export class CovenantNotFound extends CovenantError {
  readonly kind = 'not-found';
  constructor(readonly covenantId: string) {
    super(`covenant ${covenantId} does not exist`);
  }
}

export class PartyAlreadySigned extends CovenantError {
  readonly kind = 'conflict';
  constructor(
    readonly unitName: string,
    readonly signedAt: Date,
  ) {
    super(`${unitName} already signed this covenant at ${signedAt.toISOString()}`);
  }
}

export class NotAParty extends CovenantError {
  readonly kind = 'unprocessable';
  constructor(
    readonly partyId: string,
    readonly field = 'partyId',
  ) {
    super(`party ${partyId} is not a party to this covenant`);
  }
}

/** 400: the shared invalid input, with this service's code `invalidCovenant`. */
export class InvalidCovenant extends InvalidInput {
  constructor(field: string, vi: string, en: string) {
    super(field, vi, en, 'invalidCovenant');
  }
}

/** The covenant's state forbids the request (cancelled, already fully signed, ...): 409. */
export class CovenantStateConflict extends CovenantError {
  readonly kind = 'conflict';
  constructor(
    readonly code: string,
    readonly vi: string,
    readonly en: string,
    readonly field?: string,
  ) {
    super(en);
  }
}

/** Well-formed, but it does not apply to this covenant (a unit that is not a member, an unknown target): 422. */
export class CovenantRuleBroken extends CovenantError {
  readonly kind = 'unprocessable';
  constructor(
    readonly code: string,
    readonly field: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** Rows of an imported spreadsheet that need fixing; nothing was imported. */
export class TargetImportRejected extends CovenantError {
  readonly kind = 'unprocessable';
  constructor(readonly rows: TargetRowError[]) {
    super(`${rows.length} row error(s) in the imported targets; nothing was imported`);
  }
}

/** `row` is the spreadsheet's own row number (the header is row 1); absent for the sheet as a whole. */
export interface TargetRowError {
  row?: number;
  field: string;
  column: string;
  vi: string;
  en: string;
}
