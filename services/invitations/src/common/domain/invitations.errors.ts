import { NotFound as AnyNotFound } from '@tdkt/domain-errors';

/**
 * Domain errors of the invitations service: plain classes; invitations-error.mapper turns them
 * into problems. Not found, conflicts and invalid input are the shared ones of @tdkt/domain-errors.
 */
export abstract class InvitationsError extends Error {}
export { Conflict, InvalidInput } from '@tdkt/domain-errors';

export type Missing = 'guest' | 'conference' | 'invitation' | 'organization' | 'mail';
export class NotFound extends AnyNotFound<Missing> {}

/** A signed link (RSVP or check-in QR) that is refused: forged or malformed, expired. */
export class LinkRefused extends InvitationsError {
  constructor(readonly reason: 'forged' | 'expired' | 'wrong-purpose') {
    super(`the link is ${reason}`);
  }
}
