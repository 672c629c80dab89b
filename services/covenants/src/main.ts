import 'reflect-metadata';
import { createCovenantsApp } from './app.factory';
import { loadCovenantsConfig } from './config/covenants.config';

async function main(): Promise<void> {
  const config = loadCovenantsConfig();
  const app = await createCovenantsApp(config);
  await app.listen(config.http.port, config.http.host);
  process.stdout.write(`${JSON.stringify({ msg: 'covenants listening', url: `http://${config.http.host}:${config.http.port}` })}\n`);
}

main().catch((e) => {
  process.stderr.write(`covenants failed to start: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
