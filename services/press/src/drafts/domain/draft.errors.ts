import { InvalidInput } from '@tdkt/domain-errors';

/** Plain domain errors; the service's mapError turns them into problem+json (Vietnamese first). */
export class DraftError extends Error {}

export class DraftNotFound extends DraftError {
  constructor(readonly draftId: string) {
    super(`draft ${draftId} does not exist`);
  }
}

export class RoleNotAllowed extends DraftError {
  constructor(
    readonly action: string,
    readonly role: string,
    readonly allowed: readonly string[],
  ) {
    super(`role ${role} may not ${action}; allowed: ${allowed.join(', ')}`);
  }
}

/** Four eyes: the person who submitted a draft cannot approve it. */
export class SelfApproval extends DraftError {
  constructor() {
    super('the person who submitted the draft cannot approve it');
  }
}

export class InvalidTransition extends DraftError {
  constructor(
    readonly action: string,
    readonly status: string,
    readonly allowedFrom: readonly string[],
  ) {
    super(`cannot ${action} a draft that is ${status}; possible from: ${allowedFrom.join(', ')}`);
  }
}

export class CommentRequired extends DraftError {
  constructor() {
    super('a rejection needs a comment');
  }
}

export class StaleVersion extends DraftError {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the draft is at version ${actual}, the edit was made on version ${expected}`);
  }
}

export class NothingToMerge extends DraftError {
  constructor() {
    super('there is no new information to merge');
  }
}

/** 400: the shared invalid input, with this service's code `invalidEdit`. */
export class InvalidEdit extends InvalidInput {
  constructor(field: string, vi: string, en: string) {
    super(field, vi, en, 'invalidEdit');
  }
}
