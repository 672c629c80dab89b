/** Domain errors: plain classes; the HTTP layer maps them to problem responses. */
export abstract class CovenantError extends Error {
  abstract readonly kind: 'not-found' | 'conflict' | 'unprocessable' | 'invalid';
}

export class CovenantNotFound extends CovenantError {
  readonly kind = 'not-found';
  constructor(readonly covenantId: string) {
    super(`covenant ${covenantId} does not exist`);
  }
}

export class PartyAlreadySigned extends CovenantError {
  readonly kind = 'conflict';
  constructor(readonly unitName: string, readonly signedAt: Date) {
    super(`${unitName} already signed this covenant at ${signedAt.toISOString()}`);
  }
}

export class NotAParty extends CovenantError {
  readonly kind = 'unprocessable';
  constructor(readonly partyId: string) {
    super(`party ${partyId} is not a party to this covenant`);
  }
}

export class InvalidCovenant extends CovenantError {
  readonly kind = 'invalid';
  constructor(readonly field: string, readonly vi: string, readonly en: string) {
    super(en);
  }
}
