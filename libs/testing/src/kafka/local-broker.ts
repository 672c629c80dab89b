import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(__dirname, '../../../..');

/** A port nobody listens on right now (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

/**
 * A broker of the test's own, started and stopped by the project's scripts (infra/kafka/start.sh
 * and stop.sh, by pid), on spare ports and its own data folder: for tests that take the broker
 * away while a service runs, or start it after the service. The shared test broker is never touched.
 */
export class LocalBroker {
  private constructor(
    readonly port: number,
    private readonly controllerPort: number,
    readonly dataDir: string,
  ) {}

  /** Ports and a data folder, not started yet: `await broker.start()`. */
  static async create(): Promise<LocalBroker> {
    const port = await freePort();
    let controllerPort = await freePort();
    while (controllerPort === port) controllerPort = await freePort();
    return new LocalBroker(port, controllerPort, mkdtempSync(join(tmpdir(), 'tdkt-broker-')));
  }

  get brokers(): string {
    return `127.0.0.1:${this.port}`;
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.controllerPort),
      KAFKA_DATA_DIR: this.dataDir,
      NODE: process.execPath,
    };
  }

  /** Resolves once the broker answers; the data folder (topics, offsets) is kept across stop/start. */
  async start(): Promise<void> {
    try {
      await run('bash', [join(root, 'infra/kafka/start.sh')], { env: this.env(), timeout: 120_000 });
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(`the test's broker did not start: ${err.message}\n${err.stderr ?? ''}`);
    }
  }

  async stop(): Promise<void> {
    await run('bash', [join(root, 'infra/kafka/stop.sh')], { env: this.env(), timeout: 60_000 });
  }

  async dispose(): Promise<void> {
    await this.stop().catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
