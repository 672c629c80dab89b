import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';

const free = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/**
 * Listens on the gateway's public port, the one the provider's realm registered as redirect URI
 * (KEYCLOAK_GATEWAY_URL): the tests that sign in through a browser take turns on it, each
 * waiting until the one before has closed its gateway.
 */
export async function listenOnPublicPort(app: INestApplication, port: number, timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await free(port)) {
      try {
        await app.listen(port, '127.0.0.1');
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE' || Date.now() > until) throw e;
      }
    }
    if (Date.now() > until) throw new Error(`port ${port} stayed taken for ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
