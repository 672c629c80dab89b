import { randomBytes } from 'node:crypto';
import { loadInvitationsConfig, parseOffsets } from './invitations.config';

const RSVP_SECRET = randomBytes(32).toString('base64url');

describe('invitations config', () => {
  it('has working defaults for development, except the secret', () => {
    const c = loadInvitationsConfig({ RSVP_SECRET });
    expect(c.http.port).toBe(3104);
    expect(c.database.database).toBe('tdkt_invitations');
    expect(c.smtp).toMatchObject({ host: '127.0.0.1', port: 2525, secure: false });
    expect(c.rsvp.secret).toBe(RSVP_SECRET);
    expect(c.reminderOffsetsMinutes).toEqual([3 * 1440, 1440]);
  });

  it('has no default secret, and refuses a short or a known one whatever NODE_ENV says', () => {
    for (const NODE_ENV of ['development', 'test', 'production', undefined]) {
      expect(() => loadInvitationsConfig({ NODE_ENV })).toThrow(/RSVP_SECRET: required/);
      expect(() => loadInvitationsConfig({ NODE_ENV, RSVP_SECRET: 'a-long-production-secret-0123' })).toThrow(
        /RSVP_SECRET: at least 32/,
      );
      // the fallback docker-compose shipped, and the development default the code had
      expect(() => loadInvitationsConfig({ NODE_ENV, RSVP_SECRET: 'compose-demo-secret-change-me-please' })).toThrow(
        /RSVP_SECRET: a known, public secret/,
      );
      expect(() =>
        loadInvitationsConfig({ NODE_ENV, RSVP_SECRET: 'dev-only-rsvp-secret-change-me-but-longer' }),
      ).toThrow(/RSVP_SECRET: a known, public secret/);
    }
    expect(loadInvitationsConfig({ NODE_ENV: 'production', RSVP_SECRET }).rsvp.secret).toBe(RSVP_SECRET);
  });

  it('reads reminder offsets and names every bad variable', () => {
    expect(parseOffsets('1d, 72h,30m,3d')).toEqual([4320, 1440, 30]);
    const bad = { RSVP_SECRET, REMINDER_OFFSETS: 'soon', SMTP_PORT: 'x', PUBLIC_BASE_URL: 'nowhere' };
    expect(() => loadInvitationsConfig(bad)).toThrow(/SMTP_PORT/);
    try {
      loadInvitationsConfig(bad);
    } catch (e) {
      expect((e as Error).message).toMatch(/SMTP_PORT/);
      expect((e as Error).message).toMatch(/PUBLIC_BASE_URL/);
      expect((e as Error).message).toMatch(/REMINDER_OFFSETS/);
    }
  });
});
