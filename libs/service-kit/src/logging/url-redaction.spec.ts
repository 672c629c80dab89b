import { urlRedactor } from './url-redaction';

describe('urlRedactor', () => {
  const redact = urlRedactor(['/rsvp/:token', '/links/:id/secret/:key']);

  it('replaces the parameters of secret routes and keeps the query', () => {
    expect(redact('/rsvp/abc.def')).toBe('/rsvp/[redacted]');
    expect(redact('/rsvp/abc.def?answer=declined')).toBe('/rsvp/[redacted]?answer=declined');
    expect(redact('/links/42/secret/k3y')).toBe('/links/[redacted]/secret/[redacted]');
  });

  it('leaves every other URL alone', () => {
    expect(redact('/rsvp')).toBe('/rsvp');
    expect(redact('/rsvp/a/b')).toBe('/rsvp/a/b');
    expect(redact('/invitations/abc/rsvp')).toBe('/invitations/abc/rsvp');
    expect(urlRedactor()('/rsvp/abc')).toBe('/rsvp/abc');
  });
});
