import { SmtpSink } from '@tdkt/testing';
import { invitationsEnvironment, startInvitations, type InvitationsEnvironment } from './invitations-app.harness';

/** Finding 7: the token of a personal RSVP link is the guest's key; the request log must not keep it. */
describe('invitations: RSVP tokens stay out of the request log', () => {
  const lines: string[] = [];
  let smtp: SmtpSink;
  let env: InvitationsEnvironment;
  let svc: Awaited<ReturnType<typeof startInvitations>>;
  beforeAll(async () => {
    smtp = await SmtpSink.start();
    env = await invitationsEnvironment('inv-rsvp-log', smtp);
    svc = await startInvitations(env, { LOG_LEVEL: 'info' }, { write: (line) => void lines.push(line) });
  });
  afterAll(async () => {
    await svc?.stop();
    await env?.drop();
    await smtp?.dispose();
  });

  it('logs GET and POST /rsvp/{token} with the token redacted', async () => {
    const token = 'eyJpbnZpdGF0aW9uSWQiOiJmdXp6In0.bm90LWEtcmVhbC1zaWduYXR1cmUtYnV0LXNlY3JldA';
    const page = await svc.http.raw(`/rsvp/${token}?answer=accepted`);
    expect(page.status).toBe(400); // forged: still a request whose URL is logged
    const answer = await svc.http.post(`/rsvp/${token}`, { answer: 'declined' });
    expect(answer.status).toBe(400);
    const logged = lines
      .map((l) => JSON.parse(l) as { req?: { url?: string; method?: string } })
      .filter((l) => l.req?.url?.startsWith('/rsvp/'));
    expect(logged.map((l) => `${l.req!.method} ${l.req!.url}`)).toEqual([
      'GET /rsvp/[redacted]?answer=accepted',
      'POST /rsvp/[redacted]',
    ]);
    expect(lines.join('\n')).not.toContain(token);
  });
});
