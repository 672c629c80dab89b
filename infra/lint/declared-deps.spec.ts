// Every package the repository's code loads is declared in package.json, pinned to the version
// installed, and runtime code loads only `dependencies`. The checker is proven on a fixture tree
// (lint-fixtures/declared-deps/) before it is trusted on the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  importedPackages,
  isRuntimeFile,
  listing,
  type Manifest,
  missingAtRuntime,
  packageOf,
  undeclared,
} from './declared-deps';

const repoRoot = path.resolve(__dirname, '../..');
const CODE_DIRS = ['services', 'libs', 'infra', 'bench'];
const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;

describe('declared-deps checker, on a fixture', () => {
  const fixtureRoot = path.join(__dirname, 'lint-fixtures/declared-deps');
  const fixtureManifest: Manifest = {
    dependencies: { kafkajs: '2.2.4', jszip: '3.10.2', exceljs: '4.4.0' },
    devDependencies: { 'dev-only-tool': '1.0.0' },
  };

  it('maps specifiers to package names and leaves out builtins, aliases and paths', () => {
    expect(packageOf('@scope/dynamic/sub/path')).toBe('@scope/dynamic');
    expect(packageOf('exceljs/dist/es5')).toBe('exceljs');
    for (const notAPackage of [
      'node:fs',
      'fs',
      'fs/promises',
      '@tdkt/contracts',
      './local',
      '../x',
      '/abs',
      '#internal',
    ]) {
      expect(packageOf(notAPackage)).toBeUndefined();
    }
  });

  it('finds every import form, and no package merely mentioned in a comment or string', () => {
    const names = importedPackages(fixtureRoot, CODE_DIRS).map((p) => p.name);
    expect(names).toEqual([
      '@scope/dynamic',
      'bench-only-undeclared',
      'dev-only-tool',
      'exceljs',
      'jszip',
      'kafkajs',
      'undeclared-pkg',
    ]);
  });

  it('reports the packages declared nowhere, with the files that load them', () => {
    expect(undeclared(importedPackages(fixtureRoot, CODE_DIRS), fixtureManifest)).toEqual([
      { name: '@scope/dynamic', files: ['services/demo/src/uses.ts'] },
      { name: 'bench-only-undeclared', files: ['bench/run.mjs'] },
      { name: 'undeclared-pkg', files: ['services/demo/src/uses.ts'] },
    ]);
  });

  it('reports runtime code loading a devDependency, but not specs, libs/testing or tooling', () => {
    const runtime = importedPackages(fixtureRoot, CODE_DIRS, isRuntimeFile);
    expect(missingAtRuntime(runtime, fixtureManifest).find((p) => p.name === 'dev-only-tool')).toEqual({
      name: 'dev-only-tool',
      files: ['services/demo/src/runtime-uses-dev.ts'],
    });
  });
});

describe('package.json declares what the repository loads', () => {
  const imported = importedPackages(repoRoot, CODE_DIRS);

  it('sees the repository (the scan is not silently empty)', () => {
    expect(imported.find((p) => p.name === 'docx')?.files).toContain('services/press/src/delivery/domain/docx.ts');
    expect(imported.find((p) => p.name === 'kafkajs')?.files.length).toBeGreaterThan(0);
  });

  it('has no package loaded by services, libs, infra or bench that package.json does not declare', () => {
    const missing = undeclared(imported, manifest);
    expect(listing(missing)).toBe('');
  });

  it('has runtime code (services and libs src, not specs, not libs/testing) load only dependencies', () => {
    const missing = missingAtRuntime(importedPackages(repoRoot, CODE_DIRS, isRuntimeFile), manifest);
    expect(listing(missing)).toBe('');
  });

  it('pins every declaration to exactly the version installed in node_modules', () => {
    const drift = Object.entries({ ...manifest.dependencies, ...manifest.devDependencies }).flatMap(([name, range]) => {
      // "npm:@typescript/typescript6@6.0.2" installs as `typescript`: compare the version after the alias
      const wanted = range.startsWith('npm:') ? range.slice(range.lastIndexOf('@') + 1) : range;
      const installed = (
        JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
      return /^\d+\.\d+\.\d+$/.test(wanted) && wanted === installed.replace(/^v/, '')
        ? []
        : [`${name}: declared ${range}, installed ${installed}`];
    });
    expect(drift).toEqual([]);
  });
});
