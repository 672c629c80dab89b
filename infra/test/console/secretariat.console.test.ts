import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { httpClient } from '@tdkt/testing';
import { awardRows, awardWorkbook, startAwards } from '../../../services/awards/test/awards-app.harness';
import { checkScreen, PUBLIC_URL, signIn, startConsole, type ConsoleUnderTest } from './console.harness';

/**
 * Journey 2 of issue 12 in a real browser on a 360-pixel phone screen, against the real gateway,
 * identity provider and awards service (PostgreSQL, Kafka): the province's secretariat imports
 * a 300-row decision whose row 123 gives Cờ thi đua của UBND tỉnh to a person — the row, its
 * column and its reason are shown and nothing is saved — fixes the file, imports it and reads
 * the year's statistics in rank order. Every screen is checked by axe-core and saved as a screenshot.
 */
describe('console: the secretariat imports a decision, fixes a bad row and reads the statistics', () => {
  let awards: Awaited<ReturnType<typeof startAwards>>;
  let web: ConsoleUnderTest;
  let files: string;

  beforeAll(async () => {
    awards = await startAwards('console_awards');
    web = await startConsole('console-gateway-sec', { AWARDS: awards.url });
    files = mkdtempSync(path.join(tmpdir(), 'award-lists-'));
  });

  afterAll(async () => {
    await web?.stop();
    await awards?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('shows the bad row and saves nothing, then imports the fixed list and shows the statistics', async () => {
    const rows = awardRows(300);
    // spreadsheet row = index + 3 (a title row, then the header); index 120 is a person
    const bad = rows.map((r) => [...r]);
    bad[120]![5] = 'Cờ thi đua của UBND tỉnh';
    const badFile = path.join(files, 'danh-sach-loi.xlsx');
    const goodFile = path.join(files, 'danh-sach.xlsx');
    writeFileSync(badFile, await awardWorkbook(bad));
    writeFileSync(goodFile, await awardWorkbook(rows));

    const page = await web.phone();
    await signIn(page, 'test-secretariat', '/awards/decisions');
    await page.getByRole('heading', { level: 1, name: 'Quyết định khen thưởng' }).waitFor();
    await page.getByText('Chưa có quyết định nào.').waitFor();
    await checkScreen(page, '11-decisions-empty');

    await page.getByRole('navigation').getByRole('link', { name: 'Nhập danh sách' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập quyết định từ danh sách' }).waitFor();
    await page.getByLabel('Ngày ký').fill('2024-01-25');
    await page
      .getByRole('textbox', { name: 'Cơ quan, người quyết định', exact: true })
      .fill('Chủ tịch UBND tỉnh Hà Giang');
    await page.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Nguyễn Văn Sơn');
    await page
      .getByRole('textbox', { name: 'Chức vụ người ký', exact: true })
      .fill('Phó Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh Hà Giang');
    await page
      .getByRole('textbox', { name: 'Lý do khen thưởng', exact: true })
      .fill('Đã có thành tích xuất sắc trong phong trào thi đua năm 2023');
    await checkScreen(page, '12-import-form');
    await page.locator('input[type="file"]').setInputFiles(badFile);
    await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();

    // the number left empty: the service's message under its input, the focus on it
    const number = page.getByRole('textbox', { name: 'Số quyết định', exact: true });
    await page.getByRole('alert').filter({ hasText: 'Chưa nhập được quyết định' }).waitFor();
    await page.getByText('Có 1 trường cần sửa, xem thông báo dưới từng trường.').waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await number.getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions).toContain('Trường number không được để trống');
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('name')")).toBe('number');
    await checkScreen(page, '12-import-number-missing');
    await number.fill('15/QĐ-UBND');
    await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();

    await page.getByRole('alert').filter({ hasText: 'Chưa nhập: danh sách có dòng cần sửa' }).waitFor();
    await page.getByText('Có 1 lỗi. Chưa có gì được lưu. Sửa tệp rồi nhập lại.').waitFor();
    const table = page.getByRole('table', { name: 'Các dòng cần sửa' });
    const cells = await table.locator('tbody tr').first().locator('td').allTextContents();
    // the law gives the provincial emulation flag to collectives only (Law 06/2022/QH15)
    expect(cells).toEqual([
      '123',
      'Loại',
      'Dòng 123: “Cờ thi đua của UBND tỉnh” chỉ tặng cho tập thể, không tặng cho cá nhân (Nguyễn Thị Hương HG-121)',
    ]);
    expect(await table.locator('tbody tr').count()).toBe(1);
    await checkScreen(page, '13-import-bad-row');

    // nothing was saved: no decision, no award in the province
    const asSecretariat = httpClient(awards.url, { as: 'test-secretariat' });
    expect((await asSecretariat.get('/decisions')).body.total).toBe(0);
    expect((await asSecretariat.get('/awards')).body.total).toBe(0);

    // the reason in English after the switch (the problem carries both languages)
    await page.getByText('English', { exact: true }).click();
    await page
      .getByText('row 123: "Cờ thi đua của UBND tỉnh" is only for collectives, not for individuals', { exact: false })
      .waitFor();
    await page.getByText('Tiếng Việt', { exact: true }).click();

    // the fixed file, the same header
    await page.locator('input[type="file"]').setInputFiles(goodFile);
    await page.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
    await page.getByText('Đã nhập quyết định 15/QĐ-UBND: 300 người nhận.').waitFor();
    expect(await page.getByRole('table', { name: 'Các dòng cần sửa' }).count()).toBe(0);
    await checkScreen(page, '14-import-done');
    const saved = await asSecretariat.get('/decisions');
    expect(saved.body.items).toMatchObject([{ number: '15/QĐ-UBND', recipientCount: 300 }]);

    // the year's statistics, highest rank first: 43 collectives (every 7th row) and 252 persons
    // get the chair's Bằng khen (430), 5 persons the grassroots emulation fighter title (600)
    await page.getByRole('link', { name: 'Xem thống kê năm 2024' }).click();
    await page.waitForURL(`${PUBLIC_URL}/awards/statistics?year=2024`);
    await page.getByRole('heading', { level: 2, name: 'Năm 2024' }).waitFor();
    const stats = page.getByRole('table');
    await stats.waitFor();
    const body = await stats
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(body).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', '43', '252', '0', '295'],
      ['Chiến sĩ thi đua cơ sở', '0', '5', '0', '5'],
    ]);
    expect(await stats.locator('tfoot td').allTextContents()).toEqual(['43', '257', '0', '300']);
    await page.getByRole('img', { name: 'Số người nhận theo hình thức khen thưởng, từ cao xuống thấp' }).waitFor();
    await checkScreen(page, '15-statistics');

    // the decision in the list
    await page.getByRole('navigation').getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await page.getByText('15/QĐ-UBND').waitFor();
    await page.getByText('ngày 25 tháng 01 năm 2024').waitFor();
    await checkScreen(page, '16-decisions-list');

    // a revocation: one award of the decision revoked by a later one, no longer counted
    await page.getByRole('navigation').getByRole('link', { name: 'Thu hồi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thu hồi khen thưởng' }).waitFor();
    await page.getByLabel('Quyết định đã ban hành').selectOption({ label: '15/QĐ-UBND — Chủ tịch UBND tỉnh Hà Giang' });
    const first = page.getByRole('checkbox').first();
    await first.check();
    await page.getByRole('textbox', { name: 'Số quyết định', exact: true }).fill('16/QĐ-UBND');
    await page.getByLabel('Ngày ký').fill('2024-03-01');
    await page
      .getByRole('textbox', { name: 'Cơ quan, người quyết định', exact: true })
      .fill('Chủ tịch UBND tỉnh Hà Giang');
    await page.getByRole('textbox', { name: 'Người ký', exact: true }).fill('Nguyễn Văn Sơn');
    await page.getByRole('textbox', { name: 'Lý do thu hồi', exact: true }).fill('Vi phạm pháp luật bị xử lý kỷ luật');
    await page.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await page.getByText('Đã thu hồi 1 khen thưởng theo quyết định 16/QĐ-UBND.').waitFor();
    await checkScreen(page, '17-revocation-done');
    await page.goto(`${PUBLIC_URL}/awards/statistics?year=2024`);
    await page.getByRole('table').locator('tfoot').waitFor();
    const totals = await page.getByRole('table').locator('tfoot td').allTextContents();
    expect(totals[3]).toBe('299');

    // the catalog, and a local type whose code the service refuses, the message under the code
    await page.getByRole('navigation').getByRole('link', { name: 'Danh mục khen thưởng' }).click();
    await page.getByRole('cell', { name: /Bằng khen của Chủ tịch UBND tỉnh/ }).waitFor();
    await checkScreen(page, '18-catalog');
    await page.getByRole('link', { name: 'Thêm hình thức của địa phương' }).click();
    const code = page.getByRole('textbox', { name: 'Mã (chữ, số, dấu _)', exact: true });
    await code.fill('huy hiệu');
    await page.getByRole('button', { name: 'Thêm vào danh mục' }).click();
    await page.getByRole('alert').filter({ hasText: 'Chưa thêm được hình thức khen thưởng' }).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, '19-award-type-refused');
  });
});
