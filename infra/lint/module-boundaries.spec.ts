// The module-boundary rule must bite. The deliberate violations live under
// infra/lint/lint-fixtures/<path>, outside every Nx project so that they never become edges of
// the project graph; each is linted as if it were at <path> (a file of that project), with the
// repository's own ESLint config, the one `npm run lint` uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ESLint as ESLintClass } from 'eslint';

const repoRoot = path.resolve(__dirname, '../..');
const RULE = '@nx/enforce-module-boundaries';
const ACROSS_PROJECTS = 'Projects cannot be imported by a relative or absolute path';

let eslint: ESLintClass;

beforeAll(async () => {
  const { ESLint } = await import('eslint');
  eslint = new ESLint({
    cwd: repoRoot,
    overrideConfigFile: 'infra/lint/eslint.config.mjs',
    ignore: false,
  });
  // loading the config builds the Nx project graph the rule reads
  await eslint.calculateConfigForFile(path.join(repoRoot, 'libs/contracts/src/index.ts'));
}, 60_000);

async function boundaryErrors(code: string, asFile: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, asFile) });
  expect(result.filePath).toBe(path.join(repoRoot, asFile));
  return result.messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

function fixture(asFile: string): string {
  return readFileSync(path.join(__dirname, 'lint-fixtures', asFile), 'utf8');
}

describe('@nx/enforce-module-boundaries', () => {
  it('rejects a service importing another service', async () => {
    const file = 'services/press/src/imports-covenants.ts';
    expect(await boundaryErrors(fixture(file), file)).toEqual([expect.stringContaining(ACROSS_PROJECTS)]);
  });

  it('rejects a library importing a service', async () => {
    const file = 'libs/testing/src/imports-press-service.ts';
    expect(await boundaryErrors(fixture(file), file)).toEqual([expect.stringContaining(ACROSS_PROJECTS)]);
  });

  it('rejects workspace-absolute and deep relative imports of another project', async () => {
    const absolute =
      "import { CovenantsModule } from 'services/covenants/src/covenants.module';\nexport const m = CovenantsModule;\n";
    expect(await boundaryErrors(absolute, 'services/press/src/leak.ts')).toEqual([
      expect.stringContaining(ACROSS_PROJECTS),
    ]);
    const deep = "import { topics } from '../../../libs/contracts/src/topics';\nexport const t = topics;\n";
    expect(await boundaryErrors(deep, 'services/press/src/leak.ts')).toEqual([
      expect.stringContaining(ACROSS_PROJECTS),
    ]);
  });

  it('resolves @tdkt/* aliases from tsconfig.base.json paths (TS 6, no baseUrl)', async () => {
    // a project importing itself through its alias is reported only if the alias resolved to that
    // project, so the rule sees the aliases rather than taking them for npm packages
    const code = "import { topics } from '@tdkt/contracts';\nexport const t = topics;\n";
    expect(await boundaryErrors(code, 'libs/contracts/src/self.ts')).toEqual([
      expect.stringContaining('Projects should use relative imports'),
    ]);
  });

  it('allows services and libraries to import libraries by alias', async () => {
    const code = "import { topics } from '@tdkt/contracts';\nexport const t = topics;\n";
    expect(await boundaryErrors(code, 'services/press/src/uses-lib.ts')).toEqual([]);
    expect(await boundaryErrors(code, 'libs/testing/src/uses-lib.ts')).toEqual([]);
  });

  it('finds nothing in legal code', async () => {
    const [result] = await eslint.lintFiles([path.join(repoRoot, 'libs/contracts/src/index.ts')]);
    expect(result.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
    expect(result.errorCount).toBe(0);
  });

  it('keeps the project graph free of imports of services, and every project typed', async () => {
    const { readCachedProjectGraph } = await import('@nx/devkit');
    const graph = readCachedProjectGraph();
    const isService = (name: string) => graph.nodes[name]?.data.tags?.includes('type:service') ?? false;
    const intoServices = Object.entries(graph.dependencies).flatMap(([source, deps]) =>
      deps.filter((d) => isService(d.target)).map((d) => `${source} -> ${d.target}`),
    );
    expect(intoServices).toEqual([]);
    // a project without a type tag would match no constraint: every project needs exactly one
    const untyped = Object.values(graph.nodes)
      .filter((n) => (n.data.tags ?? []).filter((t) => t === 'type:lib' || t === 'type:service').length !== 1)
      .map((n) => n.name);
    expect(untyped).toEqual([]);
    expect(Object.keys(graph.nodes)).toEqual(expect.arrayContaining(['contracts', 'testing', 'covenants', 'press']));
  });
});
