// Regenerates libs/contracts/asyncapi.json from the event registry (run: npm run contracts:asyncapi).
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { buildAsyncApi } = require('../../../dist/libs/contracts/src');

writeFileSync(path.join(__dirname, '..', 'asyncapi.json'), `${JSON.stringify(buildAsyncApi(), null, 2)}\n`);
