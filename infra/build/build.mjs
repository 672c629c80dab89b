// Compiles libs/, services/ and bench/ to dist/ (CommonJS) with swc; @tdkt/* imports become relative.
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
  '**/*.spec.ts',
  '--copy-files',
  '--quiet',
];
const result = spawnSync(swc, args, { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
