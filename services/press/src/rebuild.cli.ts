import 'reflect-metadata';
import { createPressApp } from './app.factory';
import { loadPressConfig } from './config/press.config';
import { ReadModelRebuild } from './rebuild/read-model-rebuild';

/**
 * `node dist/services/press/src/rebuild.cli.js`: rebuilds the read model of the press database
 * named by the environment (same variables as the service) and prints the report as JSON.
 */
async function main(): Promise<void> {
  const app = await createPressApp(loadPressConfig());
  await app.init();
  try {
    process.stdout.write(`${JSON.stringify(await app.get(ReadModelRebuild).run())}\n`);
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  process.stderr.write(`rebuild failed: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
