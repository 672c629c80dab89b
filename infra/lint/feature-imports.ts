// How the feature folders of a service (src/<feature>/) import each other. Two rules keep the
// features apart: a feature reaches another only through what that one offers at its top level
// (its module, commands, queries, its domain model), never through its `infra/` (repositories,
// transports: how it stores things is its own business); and no two features import each other
// both ways (one of them then owns the other's concern, or the shared piece belongs to neither).
// Self-contained (only builtins and typescript) so that Node runs it directly: see
// feature-imports.mjs for the command-line report.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FeatureImport {
  /** src-relative path of the importing file, e.g. `check-in/check-in.command.ts` */
  from: string;
  /** src-relative path of the imported file, without extension, e.g. `conferences/infra/conference.repository` */
  to: string;
  fromFeature: string;
  toFeature: string;
}

export interface FeatureReport {
  /** every import of one feature's file by another feature's file */
  crossFeature: FeatureImport[];
  /** those that reach into the other feature's `infra/` */
  intoInfra: FeatureImport[];
  /** features importing each other, each pair once, sorted: `a <-> b` */
  twoWay: string[];
  /** features that reach themselves through others (strongly connected, two or more), each sorted: `a, b, c` */
  cycles: string[];
}

const SOURCE = /^(?!.*\.d\.ts$).*\.ts$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return SOURCE.test(e.name) ? [full] : [];
  });
}

const posix = (p: string) => p.split(path.sep).join('/');

/**
 * The cross-feature imports under `srcDir` (a service's src/). A feature is a folder directly
 * under it; the files at its top (app.module.ts, main.ts: the composition root) belong to none.
 * Only relative specifiers count: libraries come through their aliases.
 */
export function featureImports(srcDir: string): FeatureReport {
  const crossFeature: FeatureImport[] = [];
  for (const file of sourceFiles(srcDir)) {
    const from = posix(path.relative(srcDir, file));
    const fromFeature = from.split('/')[0]!;
    if (!from.includes('/')) continue;
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = posix(path.relative(srcDir, path.resolve(path.dirname(file), fileName)));
      const toFeature = to.split('/')[0]!;
      if (to.startsWith('..') || !to.includes('/') || toFeature === fromFeature) continue;
      crossFeature.push({ from, to, fromFeature, toFeature });
    }
  }
  const intoInfra = crossFeature.filter((i) => i.to.split('/').slice(1, -1).includes('infra'));
  const edges = new Set(crossFeature.map((i) => `${i.fromFeature} ${i.toFeature}`));
  const twoWay = [...edges]
    .map((e) => e.split(' ') as [string, string])
    .filter(([a, b]) => a < b && edges.has(`${b} ${a}`))
    .map(([a, b]) => `${a} <-> ${b}`)
    .sort();
  return { crossFeature, intoInfra, twoWay, cycles: cyclesOf(crossFeature) };
}

/** Tarjan's strongly connected components of the feature graph, the ones with more than one feature. */
function cyclesOf(imports: readonly FeatureImport[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const i of imports) next.set(i.fromFeature, (next.get(i.fromFeature) ?? new Set()).add(i.toFeature));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (f: string) => {
    index.set(f, index.size);
    low.set(f, index.get(f)!);
    stack.push(f);
    for (const g of next.get(f) ?? []) {
      if (!index.has(g)) {
        visit(g);
        low.set(f, Math.min(low.get(f)!, low.get(g)!));
      } else if (stack.includes(g)) {
        low.set(f, Math.min(low.get(f)!, index.get(g)!));
      }
    }
    if (low.get(f) !== index.get(f)) return;
    const component: string[] = [];
    let g: string;
    do {
      g = stack.pop()!;
      component.push(g);
    } while (g !== f);
    if (component.length > 1) found.push(component.sort().join(', '));
  };
  for (const f of [...next.keys()].sort()) if (!index.has(f)) visit(f);
  return found.sort();
}

/** The imports behind one two-way pair, both directions, for a failure message. */
export function importsBetween(report: FeatureReport, pair: string): string[] {
  const [a, b] = pair.split(' <-> ');
  return report.crossFeature
    .filter((i) => (i.fromFeature === a && i.toFeature === b) || (i.fromFeature === b && i.toFeature === a))
    .map((i) => `${i.from} -> ${i.to}`);
}
