/** Domain errors of the invitations service: plain classes; invitations-error.mapper turns them into problems. */
export abstract class InvitationsError extends Error {}

export type Missing = 'guest' | 'conference' | 'invitation' | 'organization' | 'mail';

export class NotFound extends InvitationsError {
  constructor(readonly what: Missing, readonly id: string) {
    super(`${what} ${id} does not exist`);
  }
}

/** A state conflict: a cancelled conference, a withdrawn invitation, a guest already on the list… */
export class Conflict extends InvitationsError {
  constructor(readonly type: string, readonly vi: string, readonly en: string, readonly field?: string) {
    super(en);
  }
}

/** A request that cannot be valid as sent (400), naming the field. */
export class InvalidInput extends InvitationsError {
  constructor(readonly field: string, readonly vi: string, readonly en: string, readonly code = 'invalid') {
    super(en);
  }
}

/** A signed link (RSVP or check-in QR) that is refused: forged or malformed, expired. */
export class LinkRefused extends InvitationsError {
  constructor(readonly reason: 'forged' | 'expired' | 'wrong-purpose') {
    super(`the link is ${reason}`);
  }
}
