import { z } from 'zod';

/** Secrets that were ever written in this repository or are commonly typed: public, so refused. */
const KNOWN_SECRETS = new Set([
  'dev-only-rsvp-secret-change-me',
  'compose-demo-secret-change-me-please',
  'a-test-secret-for-rsvp-links',
  'bench-secret-of-enough-length',
  'changeme',
  'change-me',
  'secret',
  'password',
  'postgres',
  'admin',
]);

export const MIN_SECRET_LENGTH = 32;

/**
 * A secret read from the environment: required (no default anywhere — development and tests
 * generate their own), at least 32 characters, not one of the known public ones, whatever
 * NODE_ENV says.
 */
export function secret(): z.ZodString {
  return z
    .string({ error: 'required: a random secret of your own (e.g. openssl rand -base64 48)' })
    .min(MIN_SECRET_LENGTH, `at least ${MIN_SECRET_LENGTH} characters`)
    .refine(
      (s) => !KNOWN_SECRETS.has(s.toLowerCase()) && !/change[-_ ]?me/i.test(s),
      'a known, public secret: set one of your own',
    );
}
