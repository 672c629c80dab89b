import { readdirSync } from 'node:fs';
import path from 'node:path';

// installed packages, build output, deliberate violations kept for the lint specs
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'lint-fixtures']);

/** Files under `dir` whose name matches `name`, skipping dot-directories, build output and fixtures. */
export function filesUnder(dir: string, name: RegExp): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    if (e.name.startsWith('.') || SKIPPED_DIRS.has(e.name)) return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(full, name);
    return name.test(e.name) ? [full] : [];
  });
}
