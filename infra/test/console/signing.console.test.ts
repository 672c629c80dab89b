import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  testKeycloak,
  testUserPassword,
  uniqueNamespace,
  type TestUser,
} from '@tdkt/testing';
import { borderCluster, createCluster, startCovenants } from '../../../services/covenants/test/covenants-app.harness';
import { createGatewayApp } from '../../../services/gateway/src/app.factory';
import { loadGatewayConfig } from '../../../services/gateway/src/config/gateway.config';
import { LiveKafka } from '../../../services/gateway/test/live-kafka';
import { listenOnPublicPort } from '../../../services/gateway/test/public-port';

/**
 * Journey 3 of issue 12 in a real browser: the cluster lead keeps the signing board of the
 * cluster's covenant open while the seven members' leaders sign (recorded through the covenants
 * API, as their signers would); the board fills in without a reload, from the gateway's live
 * events (real covenants service → Kafka → the gateway's consumer → EventSource), and marks the
 * covenant fully signed. And journey 5's live part: a user of another province, whose screen is
 * open all along, hears nothing of it (only their own covenant's signature).
 */
const root = path.resolve(__dirname, '../../..');
const PUBLIC_URL = (process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3190').replace(/\/$/, '');
const ARTIFACTS = path.join(root, 'test-artifacts/console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHONE = { width: 360, height: 780 };

/** Every live event the page's EventSource dispatches, kept in window.__live (before the console's own scripts). */
const RECORD_LIVE_EVENTS = `(() => {
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

describe('console: the live signing board (journey 3), and nothing of it for another province (journey 5)', () => {
  const kc = testKeycloak();
  const namespace = uniqueNamespace('sign');
  const kafka = new LiveKafka(namespace);
  let consoleDir: string;
  let covenants: Awaited<ReturnType<typeof startCovenants>>;
  let gatewayDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let gateway: INestApplication;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    consoleDir = mkdtempSync(path.join(tmpdir(), 'console-build-'));
    const built = spawnSync(process.execPath, ['services/console/scripts/build.mjs', consoleDir], {
      cwd: root,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`console build failed: ${built.stderr}`);
    // the topics and ACLs of infra/up.sh on this test's namespace: the covenants service publishes
    // there, the gateway reads there as its own principal
    await kafka.provision();
    covenants = await startCovenants('sign-covenants', namespace);
    gatewayDb = await createTestDatabase('sign-gateway');
    gateway = await createGatewayApp(
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
        GATEWAY_UPSTREAM_COVENANTS: covenants.url,
        LOG_LEVEL: 'silent',
        ...kafka.env(),
      }),
    );
    await listenOnPublicPort(gateway, Number(new URL(PUBLIC_URL).port));
    for (let i = 0; i < 120 && (await fetch(`${PUBLIC_URL}/health/ready`)).status !== 200; i++)
      await new Promise((r) => setTimeout(r, 500));
    expect((await fetch(`${PUBLIC_URL}/health/ready`)).status).toBe(200);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await gateway?.close();
    await covenants?.stop();
    if (gatewayDb) await dropTestDatabase(gatewayDb);
    await kafka.revoke();
    if (consoleDir) rmSync(consoleDir, { recursive: true, force: true });
  });

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    contexts.push(context);
    await context.addInitScript(RECORD_LIVE_EVENTS);
    return context.newPage();
  }

  async function checkScreen(page: Page, name: string, axe = true): Promise<void> {
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

  async function signIn(page: Page, user: TestUser, route: string): Promise<void> {
    await page.goto(`${PUBLIC_URL}${route}`);
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(testUserPassword());
    await page.locator('#kc-login').click();
    await page.waitForURL(`${PUBLIC_URL}${route}`);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  /** A covenant of the caller's organization whose parties are the cluster's members. */
  async function covenantOf(as: TestUser, members = borderCluster.members) {
    const http = httpClient(covenants.url, { as });
    const clusterId = await createCluster(http, { members });
    const res = await http.post('/covenants', {
      title: 'Giao ước thi đua năm 2025',
      clusterId,
      year: 2025,
      targets: [{ name: 'Tỷ lệ hồ sơ giải quyết đúng hạn', unit: '%', targetValue: 98.5, weight: 100 }],
    });
    if (res.status !== 201) throw new Error(`covenant not created: ${res.status} ${JSON.stringify(res.body)}`);
    return { http, covenant: res.body as { id: string; parties: { id: string; unitName: string; order: number }[] } };
  }

  const liveOf = (page: Page) => page.evaluate<Array<{ kind: string; data: Record<string, unknown> }>>('window.__live');

  it('fills in the board live as the seven members sign, marks it fully signed; the other province hears none of it', async () => {
    const { http, covenant } = await covenantOf('test-runner');
    expect(covenant.parties).toHaveLength(7);
    const other = await covenantOf('test-outsider', borderCluster.members.slice(0, 2));

    const board = await phone();
    await signIn(board, 'test-cluster-lead', `/covenants/${covenant.id}/signing`);
    await board.getByRole('heading', { level: 1, name: 'Giao ước thi đua năm 2025' }).waitFor();
    await board.getByText('Đã ký 0/7 thành viên').waitFor();
    expect(await board.getByText('Chưa ký', { exact: true }).count()).toBe(7);
    await checkScreen(board, 'j3-00-board-unsigned');

    // another province's user, their own covenant's board open the whole time
    const outsider = await phone();
    await signIn(outsider, 'test-outsider', `/covenants/${other.covenant.id}/signing`);
    await outsider.getByText('Đã ký 0/2 thành viên').waitFor();

    // the provinces' chairs (2024) sign, each as their own signer records it
    const chairs: Record<string, string> = {
      'Tỉnh Hà Giang': 'Nguyễn Văn Sơn',
      'Tỉnh Cao Bằng': 'Hoàng Xuân Ánh',
      'Tỉnh Lào Cai': 'Trịnh Xuân Trường',
      'Tỉnh Lạng Sơn': 'Hồ Tiến Thiệu',
      'Tỉnh Lai Châu': 'Lê Văn Lương',
      'Tỉnh Điện Biên': 'Lê Thành Đô',
      'Tỉnh Quảng Ninh': 'Cao Tường Huy',
    };
    const parties = [...covenant.parties].sort((a, b) => a.order - b.order);
    for (const [i, p] of parties.entries()) {
      const res = await http.post(`/covenants/${covenant.id}/signatures`, {
        partyId: p.id,
        signatory: { name: chairs[p.unitName]!, titles: [`Chủ tịch UBND ${p.unitName.replace(/^Tỉnh /, 'tỉnh ')}`] },
      });
      expect(res.status).toBe(201);
      // no reload: the board hears the signature and shows it
      await board.getByText(`Đã ký ${i + 1}/7 thành viên`).waitFor({ timeout: 30_000 });
      const row = board.locator(`[data-party="${p.unitName}"]`);
      await row.getByText('Đã ký', { exact: true }).waitFor();
      await row.getByText(chairs[p.unitName]!, { exact: false }).waitFor();
      // axe on the first, a middle and the last step; a screenshot of each
      await checkScreen(board, `j3-0${i + 1}-board-${i + 1}-of-7`, i === 0 || i === 3);
    }
    await board.getByText('Giao ước đã được ký đầy đủ').first().waitFor({ timeout: 30_000 });
    expect(await board.getByText('Chưa ký', { exact: true }).count()).toBe(0);
    await checkScreen(board, 'j3-08-board-fully-signed');
    const heard = await liveOf(board);
    expect(heard.filter((e) => e.kind === 'signature-recorded').map((e) => e.data.signedCount)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
    expect(heard.filter((e) => e.kind === 'covenant-signed').map((e) => e.data.covenantId)).toEqual([covenant.id]);

    // journey 5: the other province's screen heard nothing of it — only its own signature, after
    const first = other.covenant.parties.sort((a, b) => a.order - b.order)[0]!;
    const own = await other.http.post(`/covenants/${other.covenant.id}/signatures`, {
      partyId: first.id,
      signatory: { name: 'Nguyễn Văn Khách', titles: ['Chủ tịch UBND tỉnh'] },
    });
    expect(own.status).toBe(201);
    await outsider.getByText('Đã ký 1/2 thành viên').waitFor({ timeout: 30_000 });
    const outsiderHeard = await liveOf(outsider);
    expect(outsiderHeard.map((e) => [e.kind, e.data.covenantId])).toEqual([['signature-recorded', other.covenant.id]]);
    expect(await outsider.getByText('Giao ước đã được ký đầy đủ').count()).toBe(0);
    await checkScreen(outsider, 'j5-01-other-province-board');
    // and the board of the first covenant is not theirs to open
    await outsider.goto(`${PUBLIC_URL}/covenants/${covenant.id}/signing`);
    await outsider.getByRole('heading', { level: 1, name: 'Không tìm thấy giao ước này.' }).waitFor();
  });
});
