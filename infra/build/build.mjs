// Compiles libs/, services/ and bench/ to dist/ (CommonJS) with swc; @tdkt/* imports become relative.
// Then the web console (services/console, a Vite app, not compiled by swc): its API types are
// generated from the services just compiled, and Vite builds it into dist/console.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { root, swcOptions } = require('./swc.cjs');
const out = path.join(root, 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const configFile = path.join(out, '.swcrc.json');
const { swcrc, ...options } = swcOptions({ withPaths: true });
writeFileSync(configFile, JSON.stringify(options));

const swc = path.join(root, 'node_modules/.bin/swc');
const sources = ['libs', 'services', 'bench'];
const args = [
  ...sources,
  '-d',
  out,
  '--config-file',
  configFile,
  '--only',
  '**/src/**/*.ts,bench/**/*.ts',
  '--ignore',
  '**/*.spec.ts,services/console/**',
  '--copy-files',
  '--quiet',
];
const steps = [
  [swc, args],
  [process.execPath, ['services/console/scripts/generate-api.cjs']],
  [process.execPath, ['services/console/scripts/build.mjs']],
];
for (const [command, commandArgs] of steps) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
