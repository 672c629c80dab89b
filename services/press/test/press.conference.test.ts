import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import JSZip from 'jszip';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { ensureTopics } from '@tdkt/messaging';
import { TopicRecorder, bearer, httpClient, testKafka, waitFor } from '@tdkt/testing';
import { verifyWebhook } from '../src/delivery/domain/standard-webhooks';
import {
  agenda,
  awardType,
  concluded,
  decisionEvents,
  guestEvents,
  movement,
  publishAll,
  revoked,
  scheduled,
} from './conference-events.fixture';
import { LOCAL_WEBHOOKS, TEST_TENANT, editors, pressEnvironment, startPress } from './press-app.harness';

const CO_CP = awardType('CO_THI_DUA_CHINH_PHU', 'Cờ thi đua của Chính phủ', 300, 'Thủ tướng Chính phủ');
const BK_TTG = awardType('BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 302, 'Thủ tướng Chính phủ');
const NGUT = awardType('NHA_GIAO_UU_TU', 'Nhà giáo ưu tú', 220, 'Chủ tịch nước');

/** The entry titles of an Atom feed, as a reader shows them: type="html" titles come in CDATA, HTML-escaped. */
const atomEntryTitles = (atom: string): string[] =>
  [...atom.matchAll(/<entry>[\s\S]*?<title type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/title>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );

describe('press: conference drafts from every event (real PostgreSQL and Kafka)', () => {
  let env: Awaited<ReturnType<typeof pressEnvironment>>;
  let press: Awaited<ReturnType<typeof startPress>>;
  let producer: Producer;
  let recorder: TopicRecorder;
  let db: Client;
  let hook: Server;
  const received: { headers: Record<string, string>; body: string }[] = [];
  let hookFailures = 1;
  // two people: test-runner edits and submits, test-reviewer approves (four eyes)
  let officer: Record<string, string>;
  let lead: Record<string, string>;

  beforeAll(async () => {
    ({ officer, lead } = await editors());
    env = await pressEnvironment('press-conf');
    const kafka = testKafka();
    await ensureTopics(kafka, env.inputTopics);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    press = await startPress(env.db, env.namespace, LOCAL_WEBHOOKS);
    recorder = await TopicRecorder.start([env.draftTopic]);
    db = new Client({ ...env.db });
    await db.connect();
    // a press office's webhook receiver: fails the first time, then accepts
    hook = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers as Record<string, string>, body });
        res.statusCode = hookFailures-- > 0 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  });

  afterAll(async () => {
    hook.close();
    await db.end();
    await recorder.stop();
    await producer.disconnect();
    await press.stop();
    await env.drop();
  });

  const draftOf = async (kind: string, subjectId: string) =>
    (await press.http.get(`/drafts?kind=${kind}&subjectId=${subjectId}`)).body.items[0];
  const para = (d: { paragraphs: { role: string; text: string }[] }, role: string) =>
    d.paragraphs.find((p) => p.role === role)?.text;

  const conference = scheduled({
    organizer: { name: 'UBND tỉnh Sơn La' },
    kind: 'provincial-review',
    title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
    yearReviewed: 2023,
    yearLaunched: 2024,
    startsAt: '2024-02-29T01:00:00.000Z',
    format: 'in-person',
    venue: { name: 'Hội trường Tỉnh ủy Sơn La' },
  });
  const id = conference.data.conferenceId;
  const chair = guestEvents(
    id,
    { name: 'Nguyễn Thái Hưng', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] },
    10,
  );
  const vice = guestEvents(
    id,
    { name: 'Tráng Thị Xuân', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh'] },
    20,
    { checkIn: true },
  );
  const awards = decisionEvents(id, '231/QĐ-TTg', 'Thủ tướng Chính phủ', [
    { type: BK_TTG, collectives: 5, individuals: 15, presentedOnBehalfOf: 'Thủ tướng Chính phủ' },
    { type: CO_CP, collectives: 9 },
  ]);

  it('keeps facts about an unknown conference and applies them when it appears; a duplicate changes nothing', async () => {
    // everything but the conference itself, some twice
    await publishAll(producer, env.namespace, [
      ...vice,
      ...chair,
      awards.issued,
      ...awards.conferred,
      awards.conferred[0]!,
      awards.conferred[1]!,
      movement(id, 2024, 'Đoàn kết, sáng tạo, thi đua thực hiện thắng lopi', {
        name: 'Tráng Thị Xuân',
        titles: ['Phó Chủ tịch Thường trực UBND tỉnh'],
      }),
    ]);
    await waitFor(
      async () =>
        Number((await db.query('SELECT count(*) FROM rm_awards WHERE conference_id = $1', [id])).rows[0].count) === 29,
      {
        what: 'the awards kept',
        timeoutMs: 60000,
      },
    );
    expect((await press.http.get(`/drafts?subjectId=${id}`)).body.total).toBe(0);

    await publishAll(producer, env.namespace, [conference]);
    const announcement = await waitFor(() => draftOf('award-announcement', id), { what: 'the award announcement' });
    expect(announcement.title).toBe('Sơn La khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm 2023');
    expect(para(announcement, 'awards')).toBe(
      'Theo đó, 9 tập thể nhận Cờ thi đua của Chính phủ; 5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ.',
    );
    expect(para(announcement, 'decisions')).toBe(
      'Các tập thể, cá nhân được khen thưởng theo Quyết định số 231/QĐ-TTg ngày 15 tháng 01 năm 2024 của Thủ tướng Chính phủ.',
    );
    expect(await draftOf('conference-report', id)).toBeUndefined(); // not concluded yet
  });

  it('writes the conference report when the conference concludes, every paragraph with its sources', async () => {
    await publishAll(producer, env.namespace, [
      movement(id, 2024, 'Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp', {
        name: 'Tráng Thị Xuân',
        titles: ['Phó Chủ tịch Thường trực UBND tỉnh'],
      }),
      concluded(id),
    ]);
    const report = await waitFor(
      async () => {
        const d = await draftOf('conference-report', id);
        return d && para(d, 'theme')?.includes('lợi Nghị quyết') && d;
      },
      { what: 'the report with the newer theme' },
    );
    expect(report.title).toBe('Sơn La tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(para(report, 'lead')).toBe(
      'Sáng 29/2, tại Hội trường Tỉnh ủy Sơn La, UBND tỉnh Sơn La tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024.',
    );
    expect(para(report, 'attendees')).toBe(
      'Dự hội nghị có các đồng chí: Nguyễn Thái Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh; Tráng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh.',
    );
    expect(para(report, 'theme')).toContain(
      'với chủ đề “Đoàn kết, sáng tạo, thi đua thực hiện thắng lợi Nghị quyết đại hội đảng bộ các cấp”.',
    );
    const full = await press.http.get(`/drafts/${report.id}`);
    for (const p of full.body.paragraphs) expect(p.sources.length).toBeGreaterThan(0);
    expect(full.body.paragraphs.find((p: { role: string }) => p.role === 'lead').sources).toEqual([conference.id]);
    expect(full.body.paragraphs.find((p: { role: string }) => p.role === 'awards').sources).toEqual(
      expect.arrayContaining([awards.issued.id, ...awards.conferred.map((e) => e.id)]),
    );
    // provenance as facts: each source event with the fact it gave the read model
    const provenance = await press.http.get(`/drafts/${report.id}/provenance`);
    expect(provenance.status).toBe(200);
    type Source = { eventId: string; fact: string | null; about?: string };
    const sourcesOf = (role: string): Source[] =>
      provenance.body.paragraphs.find((p: { role: string }) => p.role === role).sources;
    expect(provenance.body.paragraphs.map((p: { role: string }) => p.role)).toEqual(
      full.body.paragraphs.map((p: { role: string }) => p.role),
    );
    expect(sourcesOf('lead')).toEqual([
      expect.objectContaining({ eventId: conference.id, fact: 'conference-scheduled', about: expect.any(String) }),
    ]);
    const awardFacts = sourcesOf('awards');
    expect(awardFacts).toContainEqual(
      expect.objectContaining({
        eventId: awards.issued.id,
        fact: 'decision-issued',
        about: expect.stringContaining('231/QĐ-TTg'),
      }),
    );
    expect(awardFacts.filter((f) => f.fact === 'award-conferred')).toHaveLength(awards.conferred.length);
    expect(sourcesOf('theme')).toContainEqual(
      expect.objectContaining({ fact: 'movement-launched', about: expect.stringContaining('lợi Nghị quyết') }),
    );
    expect(recorder.ofType('press.draft-generated.v1').some((m) => m.key === report.id)).toBe(true);
  });

  it('keeps the report current before anyone edits: a new award and a revocation make new versions', async () => {
    const before = await draftOf('conference-report', id);
    const more = decisionEvents(id, '45/QĐ-CTN', 'Chủ tịch nước', [{ type: NGUT, individuals: 22 }]);
    await publishAll(producer, env.namespace, [
      more.issued,
      ...more.conferred,
      revoked(awards.conferred.find((e) => (e.data as { awardType: { code: string } }).awardType.code === CO_CP.code)!),
    ]);
    const after = await waitFor(
      async () => {
        const d = await draftOf('conference-report', id);
        return para(d, 'awards')?.includes('8 tập thể nhận Cờ') && para(d, 'awards')?.includes('22 cá nhân') && d;
      },
      { what: 'the report with the new counts' },
    );
    expect(para(after, 'awards')).toBe(
      'Nhân dịp này, 22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”; 8 tập thể nhận Cờ thi đua của Chính phủ; 5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ.',
    );
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.newFacts).toBeNull();
  });

  it('after an edit, new facts are only flagged with a diff, and one action merges them', async () => {
    const d = await draftOf('conference-report', id);
    const anonymous = httpClient(press.url, { as: null });
    expect((await anonymous.put(`/drafts/${d.id}`, { title: d.title, paragraphs: d.paragraphs })).status).toBe(401);
    const edited = await press.http.put(
      `/drafts/${d.id}`,
      {
        title: d.title,
        baseVersion: d.version,
        paragraphs: d.paragraphs.map((p: { role: string; text: string }) =>
          p.role === 'lead' ? { role: 'lead', text: p.text.replace('tổ chức', 'long trọng tổ chức') } : p,
        ),
      },
      officer,
    );
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ version: d.version + 1, edited: true, newFacts: null });
    expect(
      (await press.http.put(`/drafts/${d.id}`, { title: 'x', paragraphs: [], baseVersion: d.version }, officer)).status,
    ).toBe(409);

    await publishAll(
      producer,
      env.namespace,
      guestEvents(
        id,
        { name: 'Vi Đức Thọ', titles: ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'] },
        30,
      ),
    );
    const flagged = await waitFor(
      async () => {
        const x = (await press.http.get(`/drafts/${d.id}`)).body;
        return x.newFacts && x;
      },
      { what: 'the flag "có thông tin mới"' },
    );
    expect(flagged.version).toBe(d.version + 1);
    expect(flagged.newFacts.label).toBe('có thông tin mới');
    expect(para(flagged, 'lead')).toContain('long trọng tổ chức');
    expect(para(flagged, 'attendees')).not.toContain('Vi Đức Thọ');
    const change = flagged.newFacts.diff.paragraphs.find((c: { role: string }) => c.role === 'attendees');
    expect(change).toMatchObject({ change: 'changed', editedByPerson: false });
    expect(
      change.words
        .filter((w: { op: string }) => w.op === 'insert')
        .map((w: { text: string }) => w.text)
        .join(' '),
    ).toContain('Vi Đức Thọ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam');
    expect(change.words.filter((w: { op: string }) => w.op === 'delete')).toEqual([]);
    expect(
      (await press.http.get(`/drafts?newFacts=true&subjectId=${id}`)).body.items.map((x: { id: string }) => x.id),
    ).toEqual([d.id]);

    const merged = await press.http.post(`/drafts/${d.id}/merge`, {}, officer);
    expect(merged.status).toBe(200);
    expect(merged.body.newFacts).toBeNull();
    expect(para(merged.body, 'attendees')).toContain(
      'Tráng Thị Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; Vi Đức Thọ',
    );
    expect(para(merged.body, 'lead')).toContain('long trọng tổ chức');
    const versions = (await press.http.get(`/drafts/${d.id}/versions?pageSize=100`)).body.items;
    expect(versions.slice(-2).map((v: { origin: string; author: string }) => [v.origin, v.author])).toEqual([
      ['edited', 'Kiểm Thử'],
      ['merged', 'Kiểm Thử'],
    ]);
  });

  it('goes through review to publication with roles, records who and when, announces and delivers it', async () => {
    const sub = await press.http.post(
      '/subscriptions',
      {
        pressOffice: 'Báo Sơn La',
        organizations: ['ubnd tinh son la'],
        kinds: ['conference-report'],
        webhookUrl: `http://127.0.0.1:${(hook.address() as { port: number }).port}/hook`,
      },
      lead,
    );
    expect(sub.status).toBe(201);
    expect(sub.body.secret).toMatch(/^whsec_/);
    const other = await press.http.post(
      '/subscriptions',
      { pressOffice: 'Báo Hà Giang', organizations: ['UBND tỉnh Hà Giang'], kinds: [] },
      lead,
    );
    expect(
      (
        await press.http.post(
          '/subscriptions',
          { pressOffice: 'X', organizations: [], kinds: [] },
          await bearer('test-press-officer'),
        )
      ).status,
    ).toBe(403);
    // found by the HTTP fuzz: an organization of 100,000 characters was stored
    const unbounded = await press.http.post(
      '/subscriptions',
      { pressOffice: 'Báo Sơn La', organizations: ['Đ'.repeat(100_000)], kinds: [] },
      lead,
    );
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.errors[0]).toMatchObject({ field: 'organizations', code: 'maxLength' });

    const d = await draftOf('conference-report', id);
    // the conference's events carried test-runner's province: the draft and its events belong to it
    expect(d.tenant).toBe(TEST_TENANT);
    const generated = await waitFor(() => recorder.ofType('press.draft-generated.v1').find((m) => m.key === d.id));
    expect(generated.headers.ce_tenant).toBe(TEST_TENANT);
    expect((await press.http.post(`/drafts/${d.id}/approve`, {}, lead)).status).toBe(409); // not in review
    expect((await press.http.post(`/drafts/${d.id}/submit`, {}, officer)).body.status).toBe('in_review');
    expect(
      (await press.http.put(`/drafts/${d.id}`, { title: d.title, paragraphs: d.paragraphs }, officer)).status,
    ).toBe(409); // under review
    // test-runner holds press-lead too, but submitted it: four eyes
    const own = await press.http.post(`/drafts/${d.id}/approve`, {}, officer);
    expect(own.status).toBe(403);
    expect(own.body.title).toBe('Không được tự duyệt');
    expect((await press.http.post(`/drafts/${d.id}/approve`, {}, await bearer('test-press-officer'))).status).toBe(403);
    expect((await press.http.post(`/drafts/${d.id}/reject`, {}, lead)).status).toBe(400);
    expect(
      (await press.http.post(`/drafts/${d.id}/reject`, { comment: 'Bổ sung chức vụ đồng chí Vi Đức Thọ' }, lead)).body
        .status,
    ).toBe('rejected');
    await press.http.post(`/drafts/${d.id}/submit`, {}, officer);
    expect((await press.http.post(`/drafts/${d.id}/approve`, {}, lead)).body.status).toBe('approved');
    const published = await press.http.post(`/drafts/${d.id}/publish`, {}, lead);
    expect(published.body).toMatchObject({ status: 'published', publishedVersion: d.version });

    const history = (await press.http.get(`/drafts/${d.id}/transitions?pageSize=100`)).body.items;
    expect(
      history.slice(-5).map((t: { action: string; actor: string; role: string }) => [t.action, t.actor, t.role]),
    ).toEqual([
      ['submit', 'Kiểm Thử', 'press-officer'],
      ['reject', 'Duyệt Thử', 'press-lead'],
      ['submit', 'Kiểm Thử', 'press-officer'],
      ['approve', 'Duyệt Thử', 'press-lead'],
      ['publish', 'Duyệt Thử', 'press-lead'],
    ]);
    // the audit trail keeps the token's subject id: two different people
    const ids = history.slice(-5).map((t: { actorId: string }) => t.actorId);
    expect(ids.every((x: unknown) => typeof x === 'string' && x.length > 0)).toBe(true);
    expect(ids[0]).not.toBe(ids[1]);
    expect(ids[0]).toBe(ids[2]);
    expect(history.find((t: { action: string }) => t.action === 'reject').comment).toBe(
      'Bổ sung chức vụ đồng chí Vi Đức Thọ',
    );
    const onWire = await waitFor(() => recorder.ofType('press.draft-published.v1').find((m) => m.key === d.id));
    expect(JSON.parse(onWire.value!)).toMatchObject({
      draftId: d.id,
      version: d.version,
      publishedBy: 'Duyệt Thử',
      organizations: ['UBND tỉnh Sơn La'],
    });
    expect(onWire.headers.ce_tenant).toBe(TEST_TENANT);
    expect(recorder.ofType('press.draft-approved.v1').some((m) => m.key === d.id)).toBe(true);

    // the webhook: refused once (500), retried with backoff, then delivered; signed per Standard Webhooks
    const log = await waitFor(
      async () => {
        const items = (await press.http.get(`/subscriptions/${sub.body.id}/deliveries`, lead)).body.items;
        return items[0]?.status === 'delivered' && items;
      },
      { what: 'the webhook delivered' },
    );
    expect(log).toHaveLength(1);
    expect(log[0].log.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 204]);
    expect(received).toHaveLength(2);
    const [first, second] = received;
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(verifyWebhook(sub.body.secret, second!.headers, second!.body, Math.floor(Date.now() / 1000))).toBe(true);
    expect(JSON.parse(second!.body).data).toMatchObject({
      draftId: d.id,
      version: d.version,
      kind: 'conference-report',
    });
    expect((await press.http.get(`/subscriptions/${other.body.id}/deliveries`, lead)).body.total).toBe(0);
    expect(Object.keys(log[0]).sort()).toEqual([
      'attempts',
      'createdAt',
      'deliveredAt',
      'id',
      'lastError',
      'log',
      'nextAttemptAt',
      'publicationId',
      'status',
    ]);
    expect(log[0]).toMatchObject({ attempts: 2, lastError: null, publicationId: expect.any(String) });
    expect(Object.keys(log[0].log[0]).sort()).toEqual(['at', 'attempt', 'durationMs', 'error', 'statusCode']);
    const { secret: _secret, feed: _feed, ...shown } = sub.body;
    expect((await press.http.get(`/subscriptions/${sub.body.id}`, lead)).body).toEqual(shown);
    for (const path of [`/subscriptions/${randomUUID()}`, `/subscriptions/${randomUUID()}/deliveries`]) {
      expect((await press.http.get(path, lead)).status).toBe(404);
    }
    expect((await press.http.get(`/subscriptions/${randomUUID()}/feed.atom`)).status).toBe(404);

    // the Atom feed of the subscription lists the publication; the other one's does not. Feed
    // readers send no token: the URL given at subscription carries the feed's own key
    const feedPath = (f: string) => new URL(f).pathname + new URL(f).search;
    expect(sub.body.feed).toMatch(/\/feed\.atom\?key=[\w-]{20,}$/);
    const anonymous = httpClient(press.url, { as: null });
    const feed = await anonymous.get(feedPath(sub.body.feed));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    expect(atomEntryTitles(feed.body)).toContain(d.title);
    expect((await anonymous.get(feedPath(other.body.feed))).body).not.toContain('<entry>');
    // without its key, or with another subscription's, the feed is not there
    expect((await anonymous.get(`/subscriptions/${sub.body.id}/feed.atom`)).status).toBe(404);
    const otherKey = new URL(other.body.feed).searchParams.get('key');
    expect((await anonymous.get(`/subscriptions/${sub.body.id}/feed.atom?key=${otherKey}`)).status).toBe(404);
  });

  it('editing a published draft makes a new version and never alters what was published; every export escapes HTML', async () => {
    const d = await draftOf('conference-report', id);
    const publishedText = (await press.http.get(`/drafts/${d.id}/export.md?version=${d.publishedVersion}`)).body;
    const evil = '<script>alert("x")</script> Sơn La & “tổng kết”';
    const edited = await press.http.patch(`/drafts/${d.id}/paragraphs/lead`, { text: evil }, officer);
    expect(edited.body).toMatchObject({
      version: d.version + 1,
      status: 'draft',
      publishedVersion: d.publishedVersion,
    });
    const put = await press.http.put(
      `/drafts/${d.id}`,
      { title: `<b>${d.title}</b>`, paragraphs: edited.body.paragraphs },
      officer,
    );
    expect(put.body.version).toBe(d.version + 2);
    expect((await press.http.get(`/drafts/${d.id}/export.md?version=${d.publishedVersion}`)).body).toBe(publishedText);

    const html = await press.http.get(`/drafts/${d.id}/export.html`);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.body).not.toMatch(/<script|<b>/);
    expect(html.body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Sơn La &amp; “tổng kết”');
    const md = await press.http.get(`/drafts/${d.id}/export.md`);
    expect(md.body).not.toMatch(/<script|<b>/);
    expect(md.body.startsWith(`# &lt;b&gt;${d.title}&lt;/b&gt;`)).toBe(true);
    const docx = await fetch(`${press.url}/drafts/${d.id}/export.docx`, { headers: officer });
    expect(docx.headers.get('content-type')).toContain('officedocument.wordprocessingml');
    const xml = await (
      await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).not.toMatch(/<script|<b>/);
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Sơn La &amp; “tổng kết”');
  });

  it('rebuilds a damaged read model from the topics and gives the same drafts', async () => {
    const other = scheduled({
      organizer: { name: 'Cụm thi đua các tỉnh biên giới phía Bắc' },
      kind: 'cluster-review',
      title: 'Hội nghị tổng kết Cụm thi đua',
      yearReviewed: 2023,
      yearLaunched: 2024,
      startsAt: '2024-03-05T01:00:00.000Z',
      format: 'in-person',
      venue: { name: 'Hội trường UBND tỉnh Hà Giang' },
    });
    const oid = other.data.conferenceId;
    const handover = agenda(oid, 1, [
      {
        order: 8,
        kind: 'cluster-head-handover',
        title: 'Bàn giao nhiệm vụ Cụm trưởng năm 2024',
        presenters: [{ name: 'Nguyễn Văn Sơn', titles: ['Chủ tịch UBND tỉnh Hà Giang'] }],
        status: 'done',
      },
    ]);
    await publishAll(producer, env.namespace, [
      other,
      handover,
      ...guestEvents(oid, { name: 'Nguyễn Văn Sơn', titles: ['Chủ tịch UBND tỉnh Hà Giang'] }, 1),
      concluded(oid),
    ]);
    const report = await waitFor(() => draftOf('conference-report', oid), { what: 'the cluster report' });
    expect(para(report, 'handover')).toBe(
      'Hội nghị đã tiến hành bàn giao nhiệm vụ Cụm trưởng năm 2024, với sự tham gia của các đồng chí: Nguyễn Văn Sơn, Chủ tịch UBND tỉnh Hà Giang.',
    );
    await waitFor(async () => Number((await db.query('SELECT count(*) FROM stale_subjects')).rows[0].count) === 0, {
      what: 'the regenerator idle',
    });
    const snapshot = async () =>
      (await db.query('SELECT id, version, title, paragraphs, pending FROM drafts ORDER BY id')).rows;
    const before = await snapshot();

    await db.query(
      "DELETE FROM rm_attendees; DELETE FROM rm_awards; UPDATE rm_conferences SET facts = jsonb_build_object('conferenceId', conference_id)",
    );
    expect((await press.http.post('/admin/read-model/rebuild', {}, await bearer('test-press-lead'))).status).toBe(403);
    const rebuilt = await press.http.post('/admin/read-model/rebuild', {}, lead);
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.body).toMatchObject({ conferences: 2, draftsChanged: 0 });
    expect(rebuilt.body.events).toBeGreaterThan(60);
    expect(
      Number((await db.query('SELECT count(*) FROM rm_awards WHERE conference_id = $1', [id])).rows[0].count),
    ).toBe(51);
    expect(await snapshot()).toEqual(before);
  });
});
