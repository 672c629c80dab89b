// HTTP controllers call use cases and queries only: the lint rule `tdkt/thin-controllers`
// (no-restricted-imports on services' *.controller.ts, event controllers left out) must bite.
import path from 'node:path';
import type { ESLint as ESLintClass } from 'eslint';

const repoRoot = path.resolve(__dirname, '../..');
const RULE = 'no-restricted-imports';

let eslint: ESLintClass;

beforeAll(async () => {
  const { ESLint } = await import('eslint');
  eslint = new ESLint({ cwd: repoRoot, overrideConfigFile: 'infra/lint/eslint.config.mjs', ignore: false });
}, 60_000);

async function restricted(code: string, asFile: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, asFile) });
  return result.messages.filter((m) => m.ruleId === RULE && m.severity === 2).map((m) => m.message);
}

const usesDataSource =
  "import { DataSource } from 'typeorm';\nexport class C { constructor(readonly ds: DataSource) {} }\n";
const usesRepository =
  "import { GuestRepository } from './infra/guest.repository';\nexport class C { constructor(readonly r: GuestRepository) {} }\n";

describe('tdkt/thin-controllers', () => {
  it('refuses the DataSource (or anything from typeorm) in an HTTP controller', async () => {
    expect(await restricted(usesDataSource, 'services/awards/src/recipients/recipients.controller.ts')).toEqual([
      expect.stringContaining('a controller calls use cases and queries'),
    ]);
  });

  it('refuses a repository class in an HTTP controller, not a constant or a type from infra/', async () => {
    expect(await restricted(usesRepository, 'services/invitations/src/guests/guests.controller.ts')).toEqual([
      expect.stringContaining('repositories are reached through'),
    ]);
    const constant =
      "import { DEFAULT_SCOPE } from './infra/precedence.repository';\nexport const s = DEFAULT_SCOPE;\n";
    expect(await restricted(constant, 'services/invitations/src/guests/organizations.controller.ts')).toEqual([]);
  });

  it('leaves event controllers, use cases and queries alone', async () => {
    expect(await restricted(usesDataSource, 'services/awards/src/proposals/covenant-events.controller.ts')).toEqual([]);
    expect(await restricted(usesDataSource, 'services/awards/src/recipients/recipient.queries.ts')).toEqual([]);
    expect(await restricted(usesRepository, 'services/invitations/src/guests/register-guest.command.ts')).toEqual([]);
  });

  it('finds nothing in the controllers as they are', async () => {
    const results = await eslint.lintFiles(['services/*/src/**/*.controller.ts']);
    expect(results.length).toBeGreaterThan(20);
    expect(
      results.flatMap((r) => r.messages.filter((m) => m.ruleId === RULE).map((m) => `${r.filePath}: ${m.message}`)),
    ).toEqual([]);
  });
});
