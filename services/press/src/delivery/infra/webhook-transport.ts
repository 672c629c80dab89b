import http from 'node:http';
import https from 'node:https';
import { webhookTarget, type WebhookNetworkRules } from '../domain/webhook-url';
import { guardedLookup, NON_PUBLIC_ADDRESS, type Resolve } from './guarded-lookup';

/** A receiver's answer is only read for its status: at most this much of the body, then the socket is closed. */
export const MAX_RESPONSE_BYTES = 4096;

export const REFUSED_NON_PUBLIC = 'refused: non-public address';

export type AttemptResult =
  | { outcome: 'response'; status: number; durationMs: number }
  | { outcome: 'error'; error: string; durationMs: number }
  /** no connection was made: no status and no timing, nothing to learn about the inside */
  | { outcome: 'refused'; error: string };

export interface WebhookTransportOptions extends WebhookNetworkRules {
  timeoutMs: number;
  resolve?: Resolve;
}

/**
 * POSTs one webhook: the URL's scheme and any IP literal are checked first (a socket resolves
 * no literal, so the lookup below never sees one), every resolved address at connect time;
 * redirects are not followed (a 3xx is an answer like any other, not a 2xx); the whole attempt
 * is bounded by the timeout and the body read by MAX_RESPONSE_BYTES.
 */
export class WebhookTransport {
  private readonly agents: { 'http:': http.Agent; 'https:': https.Agent };

  constructor(private readonly options: WebhookTransportOptions) {
    const lookup = guardedLookup(options.allowPrivateNetworks, options.resolve);
    this.agents = { 'http:': new http.Agent({ lookup }), 'https:': new https.Agent({ lookup }) };
  }

  send(rawUrl: string, headers: Record<string, string>, body: string): Promise<AttemptResult> {
    const target = webhookTarget(rawUrl, this.options);
    if (!target.ok) {
      const error =
        target.refusal === 'scheme'
          ? 'refused: https required'
          : target.refusal === 'non-public-address'
            ? REFUSED_NON_PUBLIC
            : 'refused: invalid address';
      return Promise.resolve({ outcome: 'refused', error });
    }
    const { url } = target;
    const started = Date.now();
    return new Promise((done) => {
      let settled = false;
      const finish = (r: AttemptResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        done(r);
      };
      const client = url.protocol === 'https:' ? https : http;
      const req = client.request(
        url,
        {
          method: 'POST',
          agent: this.agents[url.protocol as 'http:' | 'https:'],
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (res) => {
          const answer = (): AttemptResult => ({
            outcome: 'response',
            status: res.statusCode ?? 0,
            durationMs: Date.now() - started,
          });
          let read = 0;
          res.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read >= MAX_RESPONSE_BYTES) finish(answer());
          });
          res.on('end', () => finish(answer()));
          res.on('error', () => finish(answer()));
        },
      );
      const timer = setTimeout(
        () =>
          finish({
            outcome: 'error',
            error: `timeout after ${this.options.timeoutMs} ms`,
            durationMs: Date.now() - started,
          }),
        this.options.timeoutMs,
      );
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === NON_PUBLIC_ADDRESS) return finish({ outcome: 'refused', error: REFUSED_NON_PUBLIC });
        // the code only (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED…): messages carry addresses
        finish({ outcome: 'error', error: e.code ?? 'network error', durationMs: Date.now() - started });
      });
      req.end(body);
    });
  }

  close(): void {
    this.agents['http:'].destroy();
    this.agents['https:'].destroy();
  }
}
