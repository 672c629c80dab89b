// Every package the code loads must be declared in package.json: a package that is only there
// because another one brought it (jszip came with exceljs) disappears the day that one stops
// bringing it, and `npm ci --omit=dev` drops whatever runtime code takes from devDependencies.
// The specifiers come from TypeScript's own import scanner (imports, exports, require(),
// import()), so comments and strings that merely mention a package do not count.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { filesUnder } from './repo-files';

export interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

export interface ImportedPackage {
  name: string;
  /** repository-relative paths of the files that load it, sorted */
  files: string[];
}

// .d.ts files declare, they load nothing
const SOURCE = /^(?!.*\.d\.ts$).*\.(ts|mts|cts|js|mjs|cjs)$/;
const BUILTINS = new Set(builtinModules);

/** "@scope/pkg/sub" → "@scope/pkg", "pkg/sub" → "pkg"; undefined for what is not a package. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('#')) return undefined;
  if (specifier.startsWith('node:') || specifier.startsWith('@tdkt/')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return BUILTINS.has(name) ? undefined : name;
}

/** The bare specifiers one source text loads. */
export function specifiersOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** Every package loaded by the source files under `dirs` (relative to `root`), by name. */
export function importedPackages(
  root: string,
  dirs: readonly string[],
  include: (file: string) => boolean = () => true,
): ImportedPackage[] {
  const byName = new Map<string, Set<string>>();
  for (const file of dirs.flatMap((d) => filesUnder(path.join(root, d), SOURCE))) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    if (!include(rel)) continue;
    for (const spec of specifiersOf(readFileSync(file, 'utf8'))) {
      const name = packageOf(spec);
      if (name) byName.set(name, (byName.get(name) ?? new Set()).add(rel));
    }
  }
  return [...byName]
    .map(([name, files]) => ({ name, files: [...files].sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Packages loaded but declared in neither dependencies nor devDependencies. */
export function undeclared(imported: readonly ImportedPackage[], manifest: Manifest): ImportedPackage[] {
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.devDependencies ?? {}),
  ]);
  return imported.filter((p) => !declared.has(p.name));
}

/** Packages that runtime code loads but that are not in dependencies (dev-only or undeclared). */
export function missingAtRuntime(imported: readonly ImportedPackage[], manifest: Manifest): ImportedPackage[] {
  const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
  return imported.filter((p) => !runtime.has(p.name));
}

/**
 * Code that ships in a service: its src/ and the libraries' src/, not unit specs, and not
 * libs/testing (the test infrastructure, which may use devDependencies).
 */
export const isRuntimeFile = (rel: string): boolean =>
  /^(services|libs)\/[^/]+\/src\//.test(rel) && !rel.startsWith('libs/testing/') && !/\.spec\.[cm]?[jt]s$/.test(rel);

/** "docx (services/press/src/delivery/domain/docx.ts, …)", one per line, for a failure message. */
export function listing(packages: readonly ImportedPackage[]): string {
  return packages.map((p) => `${p.name} (${p.files.join(', ')})`).join('\n');
}
