import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The identity provider the tests use: infra/keycloak/start.sh's (infra/test.sh sets the variables). */
export interface TestKeycloak {
  url: string;
  issuer: string;
  /** its credentials.env: admin, client secrets, demo password */
  credentials: Record<string, string>;
}

export function testKeycloak(): TestKeycloak {
  const url = (process.env.KEYCLOAK_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
  const file =
    process.env.KEYCLOAK_CREDENTIALS ?? path.join(process.env.KEYCLOAK_DATA_DIR ?? defaultDataDir(), 'credentials.env');
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `The tests need the identity provider's credentials at ${file}. Start it: bash infra/keycloak/start.sh ` +
        '(or run everything with bash infra/test.sh)',
    );
  }
  const credentials = Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^[A-Z0-9_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { url, issuer: process.env.AUTH_ISSUER ?? `${url}/realms/tdkt`, credentials };
}

/** The gateway client's redirect URI as the realm registered it (KEYCLOAK_GATEWAY_URL at import). */
export function gatewayRedirectUri(): string {
  return `${(process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3100').replace(/\/$/, '')}/auth/callback`;
}

/** infra/keycloak/.data of this checkout, from the sources (libs/testing/src/auth) or the build (dist/libs/…). */
function defaultDataDir(): string {
  const candidates = ['../../../..', '../../../../..'].map((up) => path.resolve(__dirname, up, 'infra/keycloak'));
  return path.join(candidates.find((c) => existsSync(c)) ?? candidates[0]!, '.data');
}
