// One swc configuration for the build and for jest: CommonJS output (Node 24 can require the
// ESM-only NestJS 12 packages), legacy decorators with metadata for Nest and TypeORM.
const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const libs = [
  'auth',
  'contracts',
  'domain-errors',
  'messaging',
  'persistence',
  'replicas',
  'service-kit',
  'spreadsheets',
  'testing',
  'vietnamese',
];

function swcOptions({ withPaths }) {
  const jsc = {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
    keepClassNames: true,
  };
  if (withPaths) {
    // the build rewrites @tdkt/* imports into relative paths; jest maps them with moduleNameMapper
    jsc.baseUrl = root;
    jsc.paths = Object.fromEntries(libs.map((l) => [`@tdkt/${l}`, [`./libs/${l}/src/index.ts`]]));
  }
  return { jsc, module: { type: 'commonjs' }, sourceMaps: true, swcrc: false };
}

module.exports = { root, libs, swcOptions };
