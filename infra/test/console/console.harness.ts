import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestDatabase, dropTestDatabase, testKeycloak, testUserPassword, type TestUser } from '@tdkt/testing';
import { createGatewayApp } from '../../../services/gateway/src/app.factory';
import { loadGatewayConfig } from '../../../services/gateway/src/config/gateway.config';
import { LiveKafka } from '../../../services/gateway/test/live-kafka';
import { listenOnPublicPort } from '../../../services/gateway/test/public-port';

/**
 * The console's browser tests' common set-up: the console built by Vite from the sources under
 * test, served by the real gateway on the realm's redirect port (taking turns with the other
 * tests that sign in through a browser), Debian's Chromium on a 360-pixel phone screen, and the
 * checks every screen gets (axe-core, no sideways scrolling, a screenshot).
 */
const root = path.resolve(__dirname, '../../..');
export const PUBLIC_URL = (process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3190').replace(/\/$/, '');
const ARTIFACTS = path.join(root, 'test-artifacts/console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PHONE = { width: 360, height: 780 };

export interface ConsoleUnderTest {
  /** a new browser context on a phone screen, in Vietnamese; `initScript` runs before the console's own */
  phone(initScript?: string): Promise<Page>;
  stop(): Promise<void>;
}

/**
 * `upstreams`: the gateway's GATEWAY_UPSTREAM_<SERVICE> settings (`{ AGENDA: url }`). `kafka`: the
 * broker side of the gateway's live events — the namespace the services under test publish in,
 * already provisioned; without one the gateway gets a namespace of its own.
 */
export async function startConsole(
  label: string,
  upstreams: Record<string, string>,
  kafka?: LiveKafka,
): Promise<ConsoleUnderTest> {
  const kc = testKeycloak();
  const ownKafka = kafka ? undefined : new LiveKafka();
  await ownKafka?.provision();
  const live = kafka ?? ownKafka!;
  mkdirSync(ARTIFACTS, { recursive: true });
  // the console as `npm run build` builds it, from the sources under test
  const consoleDir = mkdtempSync(path.join(tmpdir(), 'console-build-'));
  const built = spawnSync(process.execPath, ['services/console/scripts/build.mjs', consoleDir], {
    cwd: root,
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`console build failed: ${built.stderr}`);
  const gatewayDb = await createTestDatabase(label);
  const gateway: INestApplication = await createGatewayApp(
    loadGatewayConfig({
      GATEWAY_PORT: new URL(PUBLIC_URL).port,
      GATEWAY_PUBLIC_URL: PUBLIC_URL,
      GATEWAY_CLIENT_SECRET: kc.credentials.KEYCLOAK_GATEWAY_SECRET,
      GATEWAY_SESSION_SECRET: randomBytes(32).toString('base64url'),
      AUTH_ISSUER: kc.issuer,
      PGHOST: gatewayDb.host,
      PGPORT: String(gatewayDb.port),
      PGUSER: gatewayDb.user,
      PGPASSWORD: gatewayDb.password,
      GATEWAY_DB: gatewayDb.database,
      GATEWAY_CONSOLE_DIR: consoleDir,
      ...Object.fromEntries(Object.entries(upstreams).map(([k, v]) => [`GATEWAY_UPSTREAM_${k}`, v])),
      LOG_LEVEL: 'silent',
      ...live.env(),
    }),
  );
  // the provider redirects to this port only (the realm's redirect URI)
  await listenOnPublicPort(gateway, Number(new URL(PUBLIC_URL).port));
  // ready once its live-events consumer has joined the broker
  for (let i = 0; i < 120 && (await fetch(`${PUBLIC_URL}/health/ready`)).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 500));
  expect((await fetch(`${PUBLIC_URL}/health/ready`)).status).toBe(200);
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  const contexts: BrowserContext[] = [];
  return {
    phone: async (initScript?: string) => {
      const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
      contexts.push(context);
      if (initScript) await context.addInitScript(initScript);
      return context.newPage();
    },
    stop: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await gateway.close();
      await dropTestDatabase(gatewayDb);
      await ownKafka?.revoke();
      rmSync(consoleDir, { recursive: true, force: true });
    },
  };
}

/**
 * No serious or critical WCAG violation on the screen as it is (unless `axe` is false, for the
 * many steps of one screen), nothing wider than the phone, and its screenshot saved.
 */
export async function checkScreen(page: Page, name: string, axe = true): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (!axe) return;
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const grave = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect([name, grave]).toEqual([name, []]);
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect([name, width]).toEqual([name, PHONE.width]);
}

/** The console's sign-in button, then the provider's form, back on the screen asked for. */
export async function signIn(page: Page, user: TestUser, route: string): Promise<void> {
  await page.goto(`${PUBLIC_URL}${route}`);
  await page.getByRole('link', { name: 'Đăng nhập' }).click();
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(testUserPassword());
  await page.locator('#kc-login').click();
  await page.waitForURL(`${PUBLIC_URL}${route}`);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}

/** Every live event the page's EventSource dispatches, kept in window.__live (before the console's own scripts). */
export const RECORD_LIVE_EVENTS = `(() => {
  const seen = (window.__live = []);
  const Original = window.EventSource;
  window.EventSource = class extends Original {
    constructor(url, init) {
      super(url, init);
      for (const kind of ['signature-recorded', 'covenant-signed', 'draft-changed', 'check-in', 'reset'])
        this.addEventListener(kind, (e) => seen.push({ kind, data: JSON.parse(e.data || '{}') }));
    }
  };
})();`;

/** What the page's EventSource has dispatched so far (needs RECORD_LIVE_EVENTS as its init script). */
export const liveOf = (page: Page) =>
  page.evaluate<Array<{ kind: string; data: Record<string, unknown> }>>('window.__live');
