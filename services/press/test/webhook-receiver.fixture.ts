import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * A real webhook receiver on 127.0.0.1: records every request (when it arrived, path, body) and
 * counts TCP connections too, since a refused address must get neither.
 */
export async function webhookReceiver(handle: (req: IncomingMessage, res: ServerResponse) => void) {
  const requests: { at: number; path: string; body: string }[] = [];
  let connections = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests.push({ at: Date.now(), path: req.url ?? '', body });
      handle(req, res);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    requests,
    port,
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export type WebhookReceiver = Awaited<ReturnType<typeof webhookReceiver>>;
