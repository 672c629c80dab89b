import type { LookupAddress } from 'node:dns';
import { resolvesPublicly, type Resolve } from '../src/delivery/infra/guarded-lookup';
import { MAX_RESPONSE_BYTES, WebhookTransport } from '../src/delivery/infra/webhook-transport';
import { webhookReceiver, type WebhookReceiver } from './webhook-receiver.fixture';

describe('webhook transport (real sockets on 127.0.0.1)', () => {
  let ok: WebhookReceiver;
  let endless: WebhookReceiver;
  let hanging: WebhookReceiver;
  let redirecting: WebhookReceiver;
  let endlessClosed: Promise<void>;
  const strict = new WebhookTransport({ allowHttp: true, allowPrivateNetworks: false, timeoutMs: 5000 });
  const local = new WebhookTransport({ allowHttp: true, allowPrivateNetworks: true, timeoutMs: 1500 });

  beforeAll(async () => {
    ok = await webhookReceiver((_req, res) => {
      res.statusCode = 204;
      res.end();
    });
    let closed!: () => void;
    endlessClosed = new Promise((r) => (closed = r));
    endless = await webhookReceiver((_req, res) => {
      // a body that never ends: only the cap stops the read
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      const timer = setInterval(() => res.write(chunk), 5);
      res.on('close', () => {
        clearInterval(timer);
        closed();
      });
    });
    hanging = await webhookReceiver(() => undefined);
    redirecting = await webhookReceiver((_req, res) => {
      res.writeHead(302, { location: `${ok.url}/inside` });
      res.end();
    });
  });

  afterAll(async () => {
    strict.close();
    local.close();
    await Promise.all([ok, endless, hanging, redirecting].map((r) => r.close()));
  });

  it('refuses loopback by default, as a literal and as a name resolved at connect time, without connecting or timing', async () => {
    for (const url of [
      `${ok.url}/hook`,
      `http://localhost:${ok.port}/hook`,
      `http://[::1]:${ok.port}/hook`,
      `http://[::ffff:127.0.0.1]:${ok.port}/hook`,
    ]) {
      expect([url, await strict.send(url, {}, '{}')]).toEqual([
        url,
        { outcome: 'refused', error: 'refused: non-public address' },
      ]);
    }
    expect(ok.connections()).toBe(0);
  });

  it('catches a name that resolved publicly when it was checked and inside the network when connecting (DNS rebinding)', async () => {
    // stands in for a DNS server under the attacker's control: public the first time, loopback after
    let calls = 0;
    const rebinding: Resolve = (_host, _options, callback) => {
      const address = calls++ === 0 ? '93.184.216.34' : '127.0.0.1';
      callback(null, [{ address, family: 4 } satisfies LookupAddress]);
    };
    expect(await resolvesPublicly('hooks.baosonla.vn', rebinding)).toBe('public');
    const transport = new WebhookTransport({
      allowHttp: true,
      allowPrivateNetworks: false,
      timeoutMs: 5000,
      resolve: rebinding,
    });
    try {
      expect(await transport.send(`http://hooks.baosonla.vn:${ok.port}/hook`, {}, '{}')).toEqual({
        outcome: 'refused',
        error: 'refused: non-public address',
      });
    } finally {
      transport.close();
    }
    expect(calls).toBe(2);
    expect(ok.connections()).toBe(0);
  });

  it('reaches a local receiver only with the explicit test setting', async () => {
    expect(await local.send(`${ok.url}/hook`, {}, '{}')).toMatchObject({ outcome: 'response', status: 204 });
    expect(ok.requests.map((r) => r.path)).toEqual(['/hook']);
  });

  it('reads at most a few KB of an answer, then closes the connection', async () => {
    const started = Date.now();
    expect(await local.send(`${endless.url}/hook`, {}, '{}')).toMatchObject({ outcome: 'response', status: 200 });
    expect(Date.now() - started).toBeLessThan(1500);
    await endlessClosed; // the receiver saw its connection closed
    expect(MAX_RESPONSE_BYTES).toBeLessThanOrEqual(8192);
  });

  it('gives up on a receiver that never answers after the timeout', async () => {
    const started = Date.now();
    expect(await local.send(`${hanging.url}/hook`, {}, '{}')).toMatchObject({
      outcome: 'error',
      error: 'timeout after 1500 ms',
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('does not follow a redirect (a 3xx is not a delivery)', async () => {
    expect(await local.send(`${redirecting.url}/hook`, {}, '{}')).toMatchObject({ outcome: 'response', status: 302 });
    expect(ok.requests.map((r) => r.path)).not.toContain('/inside');
  });

  it('logs an error by its code only, never the address it tried', async () => {
    const closed = await webhookReceiver(() => undefined);
    await closed.close();
    const r = await local.send(`${closed.url}/hook`, {}, '{}');
    expect(r).toMatchObject({ outcome: 'error', error: 'ECONNREFUSED' });
  });
});
