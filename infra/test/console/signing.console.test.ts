import type { Page } from 'playwright-core';
import { httpClient, uniqueNamespace, type TestUser } from '@tdkt/testing';
import { borderCluster, createCluster, startCovenants } from '../../../services/covenants/test/covenants-app.harness';
import { LiveKafka } from '../../../services/gateway/test/live-kafka';
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
 * Journey 3 of issue 12 in a real browser: the cluster lead keeps the signing board of the
 * cluster's covenant open while the seven members' leaders sign (recorded through the covenants
 * API, as their signers would); the board fills in without a reload, from the gateway's live
 * events (real covenants service → Kafka → the gateway's consumer → EventSource), and marks the
 * covenant fully signed. And journey 5's live part: a user of another province, whose screen is
 * open all along, hears nothing of it (only their own covenant's signature).
 */

describe('console: the live signing board (journey 3), and nothing of it for another province (journey 5)', () => {
  const namespace = uniqueNamespace('sign');
  const kafka = new LiveKafka(namespace);
  let covenants: Awaited<ReturnType<typeof startCovenants>>;
  let web: ConsoleUnderTest;
  const phone = (): Promise<Page> => web.phone(RECORD_LIVE_EVENTS);

  beforeAll(async () => {
    // the topics and ACLs of infra/up.sh on this test's namespace: the covenants service publishes
    // there, the gateway reads there as its own principal
    await kafka.provision();
    covenants = await startCovenants('sign-covenants', namespace);
    web = await startConsole('sign-gateway', { COVENANTS: covenants.url }, kafka);
  });

  afterAll(async () => {
    await web?.stop();
    await covenants?.stop();
    await kafka.revoke();
  });

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
