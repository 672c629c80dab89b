import type { Page } from 'playwright-core';
import { startAgenda, type AgendaUnderTest } from '../../../services/agenda/test/agenda-app.harness';
import { checkScreen, PUBLIC_URL, signIn, startConsole, type ConsoleUnderTest } from './console.harness';

/**
 * Issue 12 in a real browser (Debian's Chromium, driven by Playwright) on a 360-pixel phone
 * screen: the console built by Vite, served by the real gateway, signed in at the real identity
 * provider, talking to a real agenda service (PostgreSQL, Kafka). An organizer creates a
 * conference — first with a wrong year, whose error is shown next to its field in Vietnamese,
 * then in English after the switch — and finds it in the list; a user of another province sees
 * none of it (journey 5). Every screen is checked by axe-core and saved as a screenshot.
 */
describe('console: an organizer in the browser, and a user of another province', () => {
  let agenda: AgendaUnderTest;
  let web: ConsoleUnderTest;
  const phone = (): Promise<Page> => web.phone();

  beforeAll(async () => {
    agenda = await startAgenda('console-agenda');
    web = await startConsole('console-gateway', { AGENDA: agenda.url });
  });

  afterAll(async () => {
    await web?.stop();
    await agenda?.stop();
  });

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
