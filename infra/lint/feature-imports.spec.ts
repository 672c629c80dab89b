// The feature folders of a service stay apart: none reaches into another's infra/, none imports
// another that imports it back, and there is no longer cycle either. The checker is proven on a
// fixture tree (lint-fixtures/feature-imports/) before it is trusted on the services.
import path from 'node:path';
import { featureImports, importsBetween, type FeatureReport } from './feature-imports';

const repoRoot = path.resolve(__dirname, '../..');

/** Services whose features follow the rules (the others have not been restructured yet). */
const SERVICES = ['invitations'];

describe('feature-imports checker, on a fixture', () => {
  const report = featureImports(path.join(__dirname, 'lint-fixtures/feature-imports/src'));

  it("finds an import of another feature's infra/, and not one of its own infra/ or from the composition root", () => {
    expect(report.intoInfra).toEqual([
      { from: 'alpha/alpha.service.ts', to: 'beta/infra/beta.repository', fromFeature: 'alpha', toFeature: 'beta' },
    ]);
  });

  it('counts every import form between features (type-only, re-export, dynamic), not libraries, comments or strings', () => {
    expect(report.crossFeature.map((i) => `${i.from} -> ${i.to}`).sort()).toEqual([
      'alpha/alpha.service.ts -> beta/infra/beta.repository',
      'beta/beta.queries.ts -> alpha/domain/alpha',
      'gamma/gamma.ts -> beta/beta.queries',
      'one/one.ts -> two/two',
      'three/three.ts -> one/one',
      'two/two.ts -> three/three',
    ]);
  });

  it('names the features that import each other both ways, with the imports behind it', () => {
    expect(report.twoWay).toEqual(['alpha <-> beta']);
    expect(importsBetween(report, 'alpha <-> beta')).toEqual([
      'alpha/alpha.service.ts -> beta/infra/beta.repository',
      'beta/beta.queries.ts -> alpha/domain/alpha',
    ]);
  });

  it('names every cycle, the pairs and the longer ones', () => {
    expect(report.cycles).toEqual(['alpha, beta', 'one, three, two']);
  });
});

describe.each(SERVICES)('the features of services/%s', (service) => {
  let report: FeatureReport;
  beforeAll(() => {
    report = featureImports(path.join(repoRoot, 'services', service, 'src'));
  });

  it('are found (the scan sees the imports between them)', () => {
    expect(report.crossFeature.length).toBeGreaterThan(20);
  });

  it("never reach into another feature's infra/ (they use what its module exports)", () => {
    expect(report.intoInfra.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('never import each other both ways', () => {
    expect(report.twoWay.map((pair) => [pair, ...importsBetween(report, pair)].join('\n  '))).toEqual([]);
  });

  it('import each other without cycles', () => {
    expect(report.cycles).toEqual([]);
  });
});
