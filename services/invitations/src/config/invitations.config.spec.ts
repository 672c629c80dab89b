import { DEV_RSVP_SECRET, loadInvitationsConfig, parseOffsets } from './invitations.config';

describe('invitations config', () => {
  it('has working defaults for development', () => {
    const c = loadInvitationsConfig({});
    expect(c.http.port).toBe(3104);
    expect(c.database.database).toBe('tdkt_invitations');
    expect(c.smtp).toMatchObject({ host: '127.0.0.1', port: 2525, secure: false });
    expect(c.rsvp.secret).toBe(DEV_RSVP_SECRET);
    expect(c.reminderOffsetsMinutes).toEqual([3 * 1440, 1440]);
  });

  it('refuses the development secret in production, and a short one anywhere', () => {
    expect(() => loadInvitationsConfig({ NODE_ENV: 'production' })).toThrow(/RSVP_SECRET/);
    expect(() => loadInvitationsConfig({ RSVP_SECRET: 'short' })).toThrow(/RSVP_SECRET/);
    expect(loadInvitationsConfig({ NODE_ENV: 'production', RSVP_SECRET: 'a-long-production-secret-0123' }).rsvp.secret).toBe('a-long-production-secret-0123');
  });

  it('reads reminder offsets and names every bad variable', () => {
    expect(parseOffsets('1d, 72h,30m,3d')).toEqual([4320, 1440, 30]);
    expect(() => loadInvitationsConfig({ REMINDER_OFFSETS: 'soon', SMTP_PORT: 'x', PUBLIC_BASE_URL: 'nowhere' })).toThrow(/REMINDER_OFFSETS.*|SMTP_PORT/);
    try {
      loadInvitationsConfig({ REMINDER_OFFSETS: 'soon', SMTP_PORT: 'x', PUBLIC_BASE_URL: 'nowhere' });
    } catch (e) {
      expect((e as Error).message).toMatch(/SMTP_PORT/);
      expect((e as Error).message).toMatch(/PUBLIC_BASE_URL/);
      expect((e as Error).message).toMatch(/REMINDER_OFFSETS/);
    }
  });
});
