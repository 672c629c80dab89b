import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { createTestDatabase, dropTestDatabase, uniqueNamespace } from '@tdkt/testing';
import { startAgenda } from '../../../services/agenda/test/agenda-app.harness';
import { LiveKafka } from '../../../services/gateway/test/live-kafka';
import { startPress } from '../../../services/press/test/press-app.harness';
import {
  checkScreen,
  liveOf,
  PUBLIC_URL,
  RECORD_LIVE_EVENTS,
  signIn,
  startConsole,
  type ConsoleUnderTest,
} from './console.harness';

/**
 * Journey 4 of issue 12 in a real browser on a 360-pixel phone screen: the draft is written by
 * the real press service from the real agenda's events (a Sơn La conference concludes: agenda →
 * Kafka → press → Kafka → the gateway's consumer → EventSource), so the press officer's inbox shows
 * it without a reload. The officer opens it, reads a paragraph's provenance, edits a paragraph (an
 * empty text is refused under its input first), a prize entered afterwards in agenda arrives as
 * "có thông tin mới" and is merged without losing the edit, and submits; the press lead has a
 * rejection without reason refused under its input, approves and publishes; the DOCX downloads and
 * holds the edited text and the prize. A user of another province hears, lists and opens none of it.
 */
describe('console: the press office edits, merges, reviews and publishes a draft (journey 4)', () => {
  const namespace = uniqueNamespace('j4');
  const kafka = new LiveKafka(namespace);
  let agenda: Awaited<ReturnType<typeof startAgenda>>;
  let pressDb: Awaited<ReturnType<typeof createTestDatabase>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let web: ConsoleUnderTest;
  const phone = (): Promise<Page> => web.phone(RECORD_LIVE_EVENTS);

  beforeAll(async () => {
    // the topics and ACLs of infra/up.sh on this test's namespace: agenda and press publish there,
    // the gateway reads there as its own principal
    await kafka.provision();
    agenda = await startAgenda('j4-agenda', namespace);
    pressDb = await createTestDatabase('j4-press');
    press = await startPress(pressDb, namespace);
    web = await startConsole('j4-gateway', { AGENDA: agenda.url, PRESS: press.url }, kafka);
  }, 240_000);

  afterAll(async () => {
    await web?.stop();
    await press?.stop();
    if (pressDb) await dropTestDatabase(pressDb);
    await agenda?.stop();
    await kafka.revoke();
  });

  const ok = async (res: Promise<{ status: number; body: unknown }>, status = 201) => {
    const r = await res;
    expect({ status: r.status, body: r.body }).toMatchObject({ status });
    return r.body as Record<string, unknown>;
  };

  it('shows the draft live, edits and merges it, submits; the lead approves and publishes; the DOCX holds the text; another province sees none of it', async () => {
    const officer = await phone();
    await signIn(officer, 'test-press-officer', '/press/drafts');
    await officer.getByRole('heading', { level: 1, name: 'Bản tin dự thảo' }).waitFor();
    await officer.getByText('Chưa có bản tin dự thảo nào.').waitFor();
    await checkScreen(officer, 'j4-01-inbox-empty');
    // a page that reloads loses this mark
    await officer.evaluate('window.__sameDocument = true');

    const outsider = await phone();
    await signIn(outsider, 'test-outsider', '/press/drafts');
    await outsider.getByText('Chưa có bản tin dự thảo nào.').waitFor();

    // Sơn La's conference (test-runner, province:kiem-thu) concludes in agenda: press writes its report
    const c = await ok(
      agenda.http.post('/conferences', {
        organizer: { name: 'UBND tỉnh Sơn La' },
        kind: 'provincial-review',
        yearReviewed: 2023,
        yearLaunched: 2024,
        startsAt: '2024-02-29T08:00:00+07:00',
        endsAt: '2024-02-29T11:30:00+07:00',
        format: 'online',
      }),
    );
    const conferenceId = String(c.id);
    await ok(
      agenda.http.post(`/conferences/${conferenceId}/connection-points`, {
        hostUnit: 'UBND tỉnh Sơn La',
        location: 'Hội trường UBND tỉnh',
      }),
    );
    await ok(agenda.http.post(`/conferences/${conferenceId}/schedule`, {}), 200);
    await ok(agenda.http.post(`/conferences/${conferenceId}/start`, {}), 200);
    await ok(
      agenda.http.post(`/conferences/${conferenceId}/ceremony/highlights`, {
        figure: { label: 'tổng thu ngân sách nhà nước trên địa bàn', value: 4290, unit: 'tỷ đồng' },
      }),
    );
    await ok(agenda.http.post(`/conferences/${conferenceId}/conclude`, {}), 200);

    // the inbox shows it without a reload, marked new
    const title = 'Sơn La tổng kết công tác thi đua, khen thưởng năm 2023';
    const link = officer.getByRole('link', { name: title });
    await link.waitFor({ timeout: 60_000 });
    expect(await officer.evaluate('window.__sameDocument')).toBe(true);
    const item = officer.locator('li', { has: link });
    await item.getByText('Mới', { exact: true }).waitFor();
    await item.getByText('Tường thuật hội nghị').waitFor();
    const heard = await liveOf(officer);
    expect(heard.some((e) => e.kind === 'draft-changed' && e.data.subjectId === conferenceId)).toBe(true);
    await checkScreen(officer, 'j4-02-inbox-draft-arrived');

    // the editor: a paragraph's provenance, the fact it was written from
    await link.click();
    await officer.getByRole('heading', { level: 1, name: title }).waitFor();
    const draftId = new URL(officer.url()).pathname.split('/').at(-1)!;
    const results = officer.locator('[data-role="results"]');
    await results.getByRole('button', { name: 'Nguồn (1)' }).click();
    const sources = results.getByRole('region', { name: 'Nguồn của đoạn “Kết quả”' });
    await sources.getByText('Số liệu, kết quả báo cáo: tổng thu ngân sách nhà nước trên địa bàn').waitFor();
    await checkScreen(officer, 'j4-03-editor-provenance');

    // an empty paragraph is the service's to refuse: its message under the input, the focus on it
    await results.getByRole('button', { name: 'Sửa đoạn: Kết quả' }).click();
    const input = results.getByRole('textbox', { name: 'Nội dung đoạn “Kết quả”' });
    await input.fill('');
    await results.getByRole('button', { name: 'Lưu đoạn' }).click();
    await officer.locator('[data-role="results"] textarea[aria-invalid="true"]').waitFor();
    expect(
      await officer.evaluate<string | null>(
        "document.activeElement?.closest('[data-role]')?.getAttribute('data-role')",
      ),
    ).toBe('results');
    expect(await officer.evaluate<string | null>('document.activeElement?.tagName')).toBe('TEXTAREA');
    await checkScreen(officer, 'j4-04-edit-refused');
    const edited =
      'Theo báo cáo tại hội nghị, năm 2023, tổng thu ngân sách nhà nước trên địa bàn tỉnh Sơn La đạt 4.290 tỷ đồng, vượt dự toán được giao.';
    await input.fill(edited);
    await results.getByRole('button', { name: 'Lưu đoạn' }).click();
    await officer.getByText(/^Đã lưu đoạn “Kết quả” \(phiên bản \d+\)\.$/).waitFor();
    await results.getByText(edited).waitFor();

    // a prize entered after the ceremony: the held draft is flagged, not overwritten
    await ok(
      agenda.http.post(`/conferences/${conferenceId}/ceremony/prizes`, {
        recipients: 'Công trình phúc lợi của huyện Mộc Châu',
        award: 'Giải Nhất',
        amountVnd: 500_000_000,
      }),
    );
    const newFacts = officer.getByRole('region', { name: 'Có thông tin mới' });
    await newFacts.waitFor({ timeout: 60_000 });
    await newFacts.getByText('Đoạn mới: Giải thưởng').waitFor();
    await results.getByText(edited).waitFor();
    await checkScreen(officer, 'j4-05-new-facts');
    await newFacts.getByRole('button', { name: 'Cập nhật thông tin mới' }).click();
    await officer.getByText(/^Đã cập nhật thông tin mới \(phiên bản \d+\)\.$/).waitFor();
    expect(await officer.getByRole('region', { name: 'Có thông tin mới' }).count()).toBe(0);
    const prize = 'Công trình phúc lợi của huyện Mộc Châu được tặng Giải Nhất kèm theo tiền thưởng 500 triệu đồng.';
    await officer.locator('[data-role="prizes"]').getByText(prize).waitFor();
    // the edit survived the merge
    await results.getByText(edited).waitFor();
    await checkScreen(officer, 'j4-06-merged');

    // the officer's role: submit, never approve or publish
    const officerWorkflow = officer.getByRole('region', { name: 'Duyệt và đăng' });
    expect(await officerWorkflow.getByRole('button', { name: 'Duyệt', exact: true }).count()).toBe(0);
    expect(await officerWorkflow.getByRole('button', { name: 'Đăng bản tin' }).count()).toBe(0);
    await officerWorkflow.getByRole('button', { name: 'Gửi duyệt' }).click();
    await officer.getByText('Đã gửi duyệt.').waitFor();
    await officer.getByText('Chờ duyệt', { exact: true }).waitFor();
    // in review: nobody edits
    expect(await officer.getByRole('button', { name: /^Sửa đoạn/ }).count()).toBe(0);
    await checkScreen(officer, 'j4-07-submitted');

    // the press lead: a rejection needs a reason (the service's message under the input), then approve and publish
    const lead = await phone();
    await signIn(lead, 'test-press-lead', `/press/drafts/${draftId}`);
    await lead.getByRole('heading', { level: 1, name: title }).waitFor();
    const leadWorkflow = lead.getByRole('region', { name: 'Duyệt và đăng' });
    await leadWorkflow.getByRole('button', { name: 'Trả lại' }).click();
    await leadWorkflow.getByRole('button', { name: 'Trả lại bản tin' }).click();
    await leadWorkflow.getByText('Cần nhận xét khi trả lại').waitFor();
    expect(await leadWorkflow.getByRole('textbox', { name: 'Lý do trả lại' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await checkScreen(lead, 'j4-08-reject-needs-reason');
    await leadWorkflow.getByRole('button', { name: 'Hủy' }).click();
    await leadWorkflow.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await lead.getByText('Đã duyệt.').waitFor();
    await leadWorkflow.getByRole('button', { name: 'Đăng bản tin' }).click();
    await lead.getByText('Đã đăng bản tin.').waitFor();
    await lead.getByText('Đã đăng', { exact: true }).waitFor();
    await lead.getByText(/^Đăng — Biên tập Thử \(lãnh đạo ban biên tập\), phiên bản \d+/).waitFor();
    await checkScreen(lead, 'j4-09-published');

    // the DOCX, as the browser downloads it, holds the edited paragraph and the merged prize
    const [download] = await Promise.all([
      lead.waitForEvent('download'),
      lead.getByRole('link', { name: 'Tải bản Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ban-tin-v\d+\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const documentText = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(documentText).toContain(title);
    expect(documentText).toContain(edited);
    expect(documentText).toContain(prize);

    // the officer, back in the inbox (the same page all along), finds it published
    await officer.getByRole('link', { name: 'Về hộp bản tin' }).click();
    await officer.getByRole('link', { name: title }).waitFor();
    await officer
      .locator('li', { has: officer.getByRole('link', { name: title }) })
      .getByText('Đã đăng', { exact: true })
      .waitFor();
    expect(await officer.evaluate('window.__sameDocument')).toBe(true);
    expect(
      (await liveOf(officer))
        .filter((e) => e.kind === 'draft-changed' && e.data.draftId === draftId)
        .map((e) => e.data.change),
    ).toEqual(expect.arrayContaining(['generated', 'approved', 'published']));

    // journey 5: another province's press user heard nothing, lists nothing, opens nothing
    expect((await liveOf(outsider)).filter((e) => e.kind === 'draft-changed')).toEqual([]);
    await outsider.reload();
    await outsider.getByText('Chưa có bản tin dự thảo nào.').waitFor();
    expect(await outsider.getByRole('link', { name: title }).count()).toBe(0);
    await outsider.goto(`${PUBLIC_URL}/press/drafts/${draftId}`);
    await outsider.getByRole('heading', { level: 1, name: 'Không tìm thấy bản tin này.' }).waitFor();
    expect(await outsider.getByText(edited).count()).toBe(0);
    await checkScreen(outsider, 'j5-press-other-province');
  }, 360_000);
});
