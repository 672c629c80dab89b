// Builds the console with Vite (dist/console, or the directory given as the first argument).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
if (process.argv[2]) process.env.CONSOLE_OUT_DIR = path.resolve(process.argv[2]);
await build({ configFile: path.join(here, '../vite.config.mts') });
