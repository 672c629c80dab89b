// The repository stands on its own: comments, READMEs, tests and scripts point at docs/ in the
// repository, never at planning files that a clone does not contain, and every docs/ pointer
// lands on a heading that exists.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from './repo-files';

const repoRoot = path.resolve(__dirname, '../..');
const TEXT = /\.(ts|mts|cts|js|mjs|cjs|md|sh|json|yml|yaml)$/;
const THIS_FILE = 'infra/lint/doc-pointers.spec.ts';

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(mdFile: string): Set<string> {
  const headings = readFileSync(mdFile, 'utf8')
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l));
  return new Set(headings.map((h) => slug(h.replace(/^#+ /, ''))));
}

const files = [
  ...['services', 'libs', 'infra', 'bench', 'docs'].flatMap((d) => filesUnder(path.join(repoRoot, d), TEXT)),
  path.join(repoRoot, 'README.md'),
]
  .map((f) => path.relative(repoRoot, f).split(path.sep).join('/'))
  .filter((f) => f !== THIS_FILE);
const text = (rel: string): string => readFileSync(path.join(repoRoot, rel), 'utf8');

describe('documentation pointers', () => {
  it('heading anchors are computed as GitHub does', () => {
    expect(slug('Decisions, presentation and revocation')).toBe('decisions-presentation-and-revocation');
    expect(slug('Identity and tenancy (planned)')).toBe('identity-and-tenancy-planned');
  });

  it('point at nothing outside the repository (the planning notes, the shared seed folder)', () => {
    const outside = /\b(DESIGN|DOMAIN|STACK)\.md\b|\/work\/shared|shared\/seeds/;
    const offenders = files.flatMap((f) =>
      text(f)
        .split('\n')
        .flatMap((line, i) => (outside.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('land on a docs/ file and heading that exist', () => {
    // "docs/domain.md#protocol-order" in code; "(../../docs/design.md#flows)" or "(design.md#flows)" in Markdown
    const pointer =
      /(?:^|[\s(/`])((?:\.\.\/)*(?:docs\/)?(?:design|domain|glossary|architecture)\.md)(?:#([\p{L}\p{N}_-]+))?/gu;
    const broken: string[] = [];
    let seen = 0;
    for (const f of files) {
      for (const m of text(f).matchAll(pointer)) {
        const target = path.resolve(repoRoot, m[1]!.startsWith('docs/') ? m[1]! : path.join(path.dirname(f), m[1]!));
        if (!target.startsWith(path.join(repoRoot, 'docs') + path.sep)) continue;
        seen++;
        if (!existsSync(target)) broken.push(`${f}: ${m[0].trim()} (no such file)`);
        else if (m[2] && !anchorsOf(target).has(m[2])) broken.push(`${f}: ${m[0].trim()} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
    expect(seen).toBeGreaterThan(30);
  });
});
