// ESLint flat config for the whole repository (run: npm run lint). It lives here, not at the
// root, so every invocation passes it explicitly: `eslint -c infra/lint/eslint.config.mjs ...`.
//
// @nx/enforce-module-boundaries does not build the Nx project graph itself: it reads the graph
// cached under .nx/workspace-data and, when there is none, prints a warning and checks nothing.
// Plain `eslint` (unlike `nx lint`) never writes that cache, so this file builds the graph first,
// in-process, with the daemon and Nx Cloud off (no network). It takes about a second.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';
process.env.NX_TUI ??= 'false';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// @nx/devkit finds the workspace from the process's working directory; fail loudly rather than
// lint against some other workspace (or none, which would silently disable the rule).
const { workspaceRoot, createProjectGraphAsync } = await import('@nx/devkit');
if (path.resolve(workspaceRoot) !== repoRoot) {
  throw new Error(`run ESLint from ${repoRoot} (Nx resolved the workspace root to ${workspaceRoot})`);
}
await createProjectGraphAsync({ exitOnError: false });

const { defineConfig, globalIgnores } = await import('eslint/config');
const { default: tseslint } = await import('typescript-eslint');
const { default: nx } = await import('@nx/eslint-plugin');

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

// Tags come from each project.json. A service may use libraries, never another service; a
// library may use only libraries. Services have no @tdkt/* alias, so the only way to reach one
// is a relative or absolute path, which the rule rejects across project roots.
export const depConstraints = [
  { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
];

// domain/ folders hold the rules in plain TypeScript (docs/design.md#inside-a-service): they load
// no framework, no database, no broker, nor the libraries of ours that wrap them. That covers the
// class-validator/class-transformer decorators too: they say how an HTTP body is accepted (Nest's
// validation pipe runs them and answers problem+json), which is the DTO's job at the edge; a domain
// rule is a plain check throwing the feature's own error, so it holds the same for a request, an
// event or an imported row. Names ending in '/' or '-' are prefixes, the others a package and its
// subpaths.
export const notInDomain = [
  '@nestjs/',
  'nestjs-',
  'express',
  'reflect-metadata',
  'class-validator',
  'class-transformer', // the framework
  'typeorm',
  'pg',
  'kafkajs',
  'nodemailer', // the database, the broker, the mail transport
  'pino',
  'pino-http',
  'prom-client', // logs and metrics belong to the edge
  'testcontainers',
  '@testcontainers/', // infrastructure for tests
  '@tdkt/messaging',
  '@tdkt/persistence',
  '@tdkt/service-kit',
  '@tdkt/spreadsheets',
  '@tdkt/testing',
];
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// '/' written as \x2F: esquery (no-restricted-syntax below) ends a regex at the first '/'
const packageRe = `^(?:${notInDomain
  .map((n) => (/[/-]$/.test(n) ? escapeRe(n) : `${escapeRe(n)}(?:/|$)`))
  .join('|')})`.replaceAll('/', '\\x2F');
// nor the feature's outer files (TypeORM records, repositories, DTOs, Nest modules, controllers)
const outerFileRe =
  '^\\.\\.?\\x2F(?:.*\\x2F)?(?:(?:infra|dto)(?:\\x2F|$)|[^\\x2F]*\\.(?:records|repository|dto|module|controller)$)';
export const DOMAIN_MESSAGE =
  'domain/ is plain TypeScript (docs/design.md#inside-a-service): no framework, database or broker here; move this piece to the feature folder or infra/ and hand the domain plain values.';

const config = defineConfig(
  globalIgnores(
    [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '.nx/**',
      // deliberate violations, linted only by infra/lint/module-boundaries.spec.ts
      '**/lint-fixtures/**',
    ],
    'tdkt/ignores',
  ),
  {
    name: 'tdkt/typescript',
    files: TS,
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Nest and TypeORM code reaches for these on purpose
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-empty-function': 'off',
      'no-console': 'warn',
    },
  },
  {
    name: 'tdkt/module-boundaries',
    files: TS,
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          banTransitiveDependencies: false,
          enforceBuildableLibDependency: false,
          depConstraints,
        },
      ],
    },
  },
  {
    name: 'tdkt/domain-is-plain',
    files: ['services/*/src/**/domain/**/*.ts', 'libs/**/domain/**/*.ts'],
    rules: {
      // import, import type, export … from, import x = require()
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: packageRe, message: DOMAIN_MESSAGE },
            { regex: outerFileRe, message: DOMAIN_MESSAGE },
          ],
        },
      ],
      // import() and require(), which the rule above does not see
      'no-restricted-syntax': [
        'error',
        ...[packageRe, outerFileRe].flatMap((re) => [
          { selector: `ImportExpression[source.value=/${re}/]`, message: DOMAIN_MESSAGE },
          { selector: `CallExpression[callee.name='require'][arguments.0.value=/${re}/]`, message: DOMAIN_MESSAGE },
        ]),
      ],
    },
  },
  {
    // HTTP controllers call use cases (*.command.ts) and queries (*.queries.ts) only; the
    // DataSource, the EntityManager, repositories and SQL stay behind them. Event controllers
    // run inside the inbox transaction and are left out.
    name: 'tdkt/thin-controllers',
    files: ['services/*/src/**/*.controller.ts'],
    ignores: ['services/*/src/**/*-events.controller.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message:
                'a controller calls use cases and queries; the DataSource and SQL belong in a *.command.ts or *.queries.ts',
            },
          ],
          patterns: [
            {
              group: ['**/infra/*.repository'],
              importNamePattern: 'Repository$',
              message:
                'a controller calls use cases and queries; repositories are reached through a *.command.ts or *.queries.ts',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'tdkt/tests-and-scripts',
    files: ['**/*.spec.ts', '**/*.test.ts', '**/test/**/*.ts', '**/scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  // plain .js/.cjs/.mjs scripts are only parsed (ESLint's defaults: .cjs as CommonJS)
);

// Patterns are relative to the repository root wherever ESLint is started from (with -c ESLint
// would take them relative to the working directory).
export default config.map((c) => ({ ...c, basePath: repoRoot }));
