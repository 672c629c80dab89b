/** No usable token: missing, malformed, forged, expired, for another audience or issuer. */
export class UnauthenticatedError extends Error {}
/** Signed in, but none of the endpoint's roles. */
export class ForbiddenError extends Error {
  constructor(readonly allowed: readonly string[]) {
    super(`needs one of: ${allowed.join(', ')}`);
  }
}
/** The provider's signing keys cannot be fetched: not the caller's fault (503). */
export class KeysUnavailableError extends Error {}
