// domain/ folders must stay plain TypeScript: the 'tdkt/domain-is-plain' block of the ESLint config
// must bite. As in module-boundaries.spec.ts, the deliberate violations live under
// infra/lint/lint-fixtures/<path> and are linted as if they were at <path>, with the config
// `npm run lint` uses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ESLint as ESLintClass, Linter } from 'eslint';

const repoRoot = path.resolve(__dirname, '../..');
const RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax'];
const MESSAGE = 'domain/ is plain TypeScript';

let eslint: ESLintClass;

beforeAll(async () => {
  const { ESLint } = await import('eslint');
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: 'infra/lint/eslint.config.mjs', ignore: false });
  // loading the config builds the Nx project graph: once, here, not inside the first test
  await eslint.calculateConfigForFile(path.join(repoRoot, 'services/press/src/drafts/domain/draft.ts'));
}, 60_000);

// linting is CPU-bound and the machine may be busy: generous limits, the assertions decide
const SLOW = 60_000;

async function domainErrors(code: string, asFile: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, asFile) });
  expect(result.filePath).toBe(path.join(repoRoot, asFile));
  return result.messages.filter((m) => RULES.includes(m.ruleId ?? '') && m.severity === 2);
}

function fixture(asFile: string): string {
  return readFileSync(path.join(__dirname, 'lint-fixtures', asFile), 'utf8');
}

/** 1-based numbers of the lines a fixture marks `// violation` */
function markedLines(code: string): number[] {
  return code
    .split('\n')
    .flatMap((line, i) => (line.includes('// violation') && !line.trimStart().startsWith('//') ? [i + 1] : []));
}

describe('domain/ imports no framework, database or broker', () => {
  it(
    'rejects every import form of a framework, database, broker or edge module in a service domain/',
    async () => {
      const file = 'services/press/src/drafts/domain/uses-frameworks.ts';
      const code = fixture(file);
      const errors = await domainErrors(code, file);
      expect(errors.map((e) => e.line)).toEqual(markedLines(code));
      expect(markedLines(code)).toHaveLength(14);
      for (const e of errors) expect(e.message).toContain(MESSAGE);
    },
    SLOW,
  );

  it(
    "covers a library's domain/ folders and nested folders under domain/",
    async () => {
      const file = 'libs/vietnamese/src/domain/uses-typeorm.ts';
      expect((await domainErrors(fixture(file), file)).map((e) => e.line)).toEqual(markedLines(fixture(file)));
      const nested = "import { Entity } from 'typeorm';\nexport const e = Entity;\n";
      expect(await domainErrors(nested, 'services/press/src/drafts/domain/paragraphs/x.paragraph.ts')).toHaveLength(1);
      expect(await domainErrors(nested, 'services/press/src/drafts/domain/x.spec.ts')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'leaves code outside domain/ alone, and lookalike names inside it',
    async () => {
      const nest = "import { Injectable } from '@nestjs/common';\nexport const i = Injectable;\n";
      expect(await domainErrors(nest, 'services/press/src/drafts/draft.queries.ts')).toEqual([]);
      expect(await domainErrors(nest, 'services/press/src/drafts/infra/draft.repository.ts')).toEqual([]);
      const lookalikes = [
        "import { a } from 'pgrid';", // not pg
        "import { b } from 'typeormish';", // not typeorm
        "import { c } from './infra-free-rule';", // a domain file, not infra/
        "import { d } from '../domain/records';", // not a *.records file
        "import { e } from 'node:crypto';",
        "import dayjs from 'dayjs';",
        'export const all = [a, b, c, d, e, dayjs];',
      ].join('\n');
      expect(await domainErrors(lookalikes, 'services/press/src/drafts/domain/lookalikes.ts')).toEqual([]);
    },
    SLOW,
  );

  it(
    'finds nothing in the domain/ folders of the repository',
    async () => {
      // no library has a domain/ folder today (ESLint refuses a glob that matches nothing)
      const results = await eslint.lintFiles(['services/*/src/**/domain/**/*.ts']);
      expect(results.length).toBeGreaterThan(50);
      const found = results.flatMap((r) =>
        r.messages
          .filter((m) => RULES.includes(m.ruleId ?? ''))
          .map((m) => `${path.relative(repoRoot, r.filePath)}:${m.line} ${m.message}`),
      );
      expect(found).toEqual([]);
    },
    SLOW,
  );
});
