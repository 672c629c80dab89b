import type { INestApplication } from '@nestjs/common';
import type { ServiceConfig } from '../config/service-config';

/** The body of every service's main.ts: load the validated config, build, listen, or exit 1. */
export function runService<C extends ServiceConfig>(
  name: string,
  loadConfig: () => C,
  create: (config: C) => Promise<INestApplication>,
): void {
  const start = async () => {
    const config = loadConfig();
    const app = await create(config);
    await app.listen(config.http.port, config.http.host);
    process.stdout.write(
      `${JSON.stringify({ msg: `${name} listening`, url: `http://${config.http.host}:${config.http.port}` })}\n`,
    );
  };
  start().catch((e) => {
    process.stderr.write(`${name} failed to start: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
