// Report of how a service's feature folders import each other (rules in feature-imports.ts):
//   node --disable-warning=ExperimentalWarning --disable-warning=MODULE_TYPELESS_PACKAGE_JSON infra/lint/feature-imports.mjs services/invitations/src [--list]
// Node 24 runs the TypeScript checker directly (type stripping).
import { featureImports, importsBetween } from './feature-imports.ts';

const [srcDir, flag] = process.argv.slice(2);
if (!srcDir) {
  console.error('usage: feature-imports.mjs <service>/src [--list]');
  process.exit(2);
}
const report = featureImports(srcDir);
console.log(`cross-feature imports: ${report.crossFeature.length}`);
console.log(`into another feature's infra/: ${report.intoInfra.length}`);
for (const i of report.intoInfra) console.log(`  ${i.from} -> ${i.to}`);
console.log(`features importing each other both ways: ${report.twoWay.length}`);
for (const pair of report.twoWay) {
  console.log(`  ${pair}`);
  if (flag === '--list') for (const line of importsBetween(report, pair)) console.log(`    ${line}`);
}
console.log(`import cycles among features: ${report.cycles.length}`);
for (const cycle of report.cycles) console.log(`  ${cycle}`);
