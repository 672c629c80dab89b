// Prints an access token of a demo user, signed in at the identity provider by the authorization
// code flow (as the gateway does for a browser), for trying the API with curl:
//   TOKEN=$(node infra/demo/token.mjs cum.truong)
//   curl -H "authorization: Bearer $TOKEN" 127.0.0.1:3100/api/covenants/covenants
// Needs `bash infra/up.sh` first (the built dist/ and infra/keycloak/.data/credentials.env).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { codeFlowLogin } = require('../../dist/libs/testing/src/auth/code-flow.js');
const { testKeycloak } = require('../../dist/libs/testing/src/auth/keycloak-endpoint.js');

const user = process.argv[2];
if (!user) {
  console.error(
    'usage: node infra/demo/token.mjs <demo user>   (hg.tochuc, hg.thidua, sl.tochuc, sl.thidua, cum.truong, bao.phongvien, bao.bientap, quantri)',
  );
  process.exit(2);
}
const password = process.env.DEMO_PASSWORD ?? testKeycloak().credentials.KEYCLOAK_DEMO_PASSWORD;
const tokens = await codeFlowLogin(user, password);
console.log(tokens.access_token);
