import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createTestDatabase, dropTestDatabase, testKeycloak, testUserPassword, type TestUser } from '@tdkt/testing';
import { startAgenda, type AgendaUnderTest } from '../../../services/agenda/test/agenda-app.harness';
import { createGatewayApp } from '../../../services/gateway/src/app.factory';
import { loadGatewayConfig } from '../../../services/gateway/src/config/gateway.config';
import { LiveKafka } from '../../../services/gateway/test/live-kafka';
import { listenOnPublicPort } from '../../../services/gateway/test/public-port';

/**
 * Issue 12 in a real browser (Debian's Chromium, driven by Playwright) on a 360-pixel phone
 * screen: the console built by Vite, served by the real gateway, signed in at the real identity
 * provider, talking to a real agenda service (PostgreSQL, Kafka). An organizer creates a
 * conference — first with a wrong year, whose error is shown next to its field in Vietnamese,
 * then in English after the switch — and finds it in the list; a user of another province sees
 * none of it (journey 5). Every screen is checked by axe-core and saved as a screenshot.
 */
const root = path.resolve(__dirname, '../../..');
const PUBLIC_URL = (process.env.KEYCLOAK_GATEWAY_URL ?? 'http://127.0.0.1:3190').replace(/\/$/, '');
const ARTIFACTS = path.join(root, 'test-artifacts/console');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PHONE = { width: 360, height: 780 };

describe('console: an organizer in the browser, and a user of another province', () => {
  const kc = testKeycloak();
  let consoleDir: string;
  let agenda: AgendaUnderTest;
  let gatewayDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let gateway: INestApplication;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // the gateway's live events read their own topics as the gateway's principal
  const kafka = new LiveKafka();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // the console as `npm run build` builds it, from the sources under test
    consoleDir = mkdtempSync(path.join(tmpdir(), 'console-build-'));
    const built = spawnSync(process.execPath, ['services/console/scripts/build.mjs', consoleDir], {
      cwd: root,
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`console build failed: ${built.stderr}`);
    agenda = await startAgenda('console-agenda');
    gatewayDb = await createTestDatabase('console-gateway');
    await kafka.provision();
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
        GATEWAY_UPSTREAM_AGENDA: agenda.url,
        LOG_LEVEL: 'silent',
        ...kafka.env(),
      }),
    );
    // the provider redirects to this port only (the realm's redirect URI)
    await listenOnPublicPort(gateway, Number(new URL(PUBLIC_URL).port));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await gateway?.close();
    await agenda?.stop();
    if (gatewayDb) await dropTestDatabase(gatewayDb);
    await kafka.revoke();
    if (consoleDir) rmSync(consoleDir, { recursive: true, force: true });
  });

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: PHONE, locale: 'vi-VN' });
    contexts.push(context);
    return context.newPage();
  }

  /** No serious or critical WCAG violation on the screen as it is, and its screenshot saved. */
  async function checkScreen(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const grave = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect([name, grave]).toEqual([name, []]);
    // usable at 360 px: nothing wider than the screen
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    expect([name, width]).toEqual([name, PHONE.width]);
  }

  /** The console's sign-in button, then the provider's form, back on the screen asked for. */
  async function signIn(page: Page, user: TestUser, route: string): Promise<void> {
    await page.goto(`${PUBLIC_URL}${route}`);
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(testUserPassword());
    await page.locator('#kc-login').click();
    await page.waitForURL(`${PUBLIC_URL}${route}`);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  }

  it('signs the organizer in, refuses a wrong year next to its field in Vietnamese and English, creates the conference and lists it; another province sees none of it', async () => {
    const page = await phone();
    await page.goto(`${PUBLIC_URL}/conferences`);
    await page.getByRole('heading', { level: 1, name: 'Hội nghị thi đua, khen thưởng' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await checkScreen(page, '01-sign-in');

    await signIn(page, 'test-organizer', '/conferences');
    await page.getByRole('heading', { level: 1, name: 'Hội nghị' }).waitFor();
    await page.getByText('Đang đăng nhập: Tổ chức Thử').waitFor();
    await page.getByText('Chưa có hội nghị nào.').waitFor();
    await checkScreen(page, '02-conferences-empty');

    // the form, by keyboard-reachable labels; a year before 2000 is the service's to refuse
    await page.getByRole('link', { name: 'Tạo hội nghị' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Tạo hội nghị' }).waitFor();
    await page.getByLabel('Tên cơ quan tổ chức').fill('UBND tỉnh Sơn La');
    await page.getByLabel('Năm tổng kết').fill('1999');
    await page.getByLabel('Năm phát động').fill('2024');
    await page.getByLabel('Bắt đầu').fill('2024-02-29T08:00');
    await page.getByLabel('Kết thúc').fill('2024-02-29T11:30');
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();

    const year = page.getByLabel('Năm tổng kết');
    await page.getByRole('alert').filter({ hasText: 'Chưa tạo được hội nghị' }).waitFor();
    await page.getByText('Có 1 trường cần sửa, xem thông báo dưới từng trường.').waitFor();
    expect(await year.getAttribute('aria-invalid')).toBe('true');
    // the message is the input's description (read with it), as libs/service-kit words the min rule
    const describedBy = (await year.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain('Trường yearReviewed không được nhỏ hơn 2000');
    // the focus went to the field in error; the other fields are not marked
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('name')")).toBe('yearReviewed');
    expect(await page.getByLabel('Tên cơ quan tổ chức').getAttribute('aria-invalid')).not.toBe('true');
    await checkScreen(page, '03-create-error-vi');

    // the same answer, in English after the switch (the problem carries both languages)
    await page.getByText('English', { exact: true }).click();
    await page.getByText('yearReviewed must not be less than 2000').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await checkScreen(page, '04-create-error-en');
    await page.getByText('Tiếng Việt', { exact: true }).click();

    await page.getByLabel('Năm tổng kết').fill('2023');
    await page.getByRole('button', { name: 'Tạo hội nghị' }).click();
    await page.waitForURL(/\/conferences\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    // the title the service suggested from the kind and the years, as the Sơn La article names it
    const title = 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // 08:00 local, the date as official documents write it (docs/domain.md#formatting: "ngày 05 tháng 02")
    await page.getByText('08:00, ngày 29 tháng 02 năm 2024').waitFor();
    await page.getByText('Bản nháp').waitFor();
    await page.getByText('UBND tỉnh Sơn La').waitFor();
    await checkScreen(page, '05-conference-detail');

    // a reload on the client route still opens it (the gateway's fallback to the console's page)
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.getByRole('link', { name: 'Về danh sách hội nghị' }).click();
    await page.getByRole('link', { name: title }).waitFor();
    await checkScreen(page, '06-conferences-list');

    // journey 5: a user of another province — not in the list, the link leads nowhere
    const outsider = await phone();
    await signIn(outsider, 'test-outsider', '/conferences');
    await outsider.getByRole('heading', { level: 1, name: 'Hội nghị' }).waitFor();
    await outsider.getByText('Chưa có hội nghị nào.').waitFor();
    expect(await outsider.getByText(title).count()).toBe(0);
    await checkScreen(outsider, '07-other-province-list');
    await outsider.goto(detailUrl);
    await outsider.getByRole('heading', { level: 1, name: 'Không tìm thấy hội nghị này.' }).waitFor();
    expect(await outsider.getByText('UBND tỉnh Sơn La').count()).toBe(0);
    await checkScreen(outsider, '08-other-province-link');

    // sign-out ends the session: the console asks to sign in again
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((u) => !u.href.startsWith(`${PUBLIC_URL}/conferences`));
    await page.goto(`${PUBLIC_URL}/conferences`);
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
  });
});
