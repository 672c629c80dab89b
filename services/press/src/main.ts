import 'reflect-metadata';
import { createPressApp } from './app.factory';
import { loadPressConfig } from './config/press.config';

async function main(): Promise<void> {
  const config = loadPressConfig();
  const app = await createPressApp(config);
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`${JSON.stringify({ msg: 'press listening', url: `http://${config.http.host}:${config.http.port}` })}\n`);
}

main().catch((e) => {
  process.stderr.write(`press failed to start: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
