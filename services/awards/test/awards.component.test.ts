import { randomUUID } from 'node:crypto';
import { validateEventData } from '@tdkt/contracts';
import { TopicRecorder, waitFor } from '@tdkt/testing';
import { provincialDecision, signer, startAwards } from './awards-app.harness';

describe('awards service (HTTP, real PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startAwards>>;
  let recorder: TopicRecorder;

  beforeAll(async () => {
    svc = await startAwards('awards');
    recorder = await TopicRecorder.start([svc.awardTopic]);
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  const person = (name: string, awardType: string, over: object = {}) => ({
    kind: 'individual',
    name,
    unit: 'Sở Giáo dục và Đào tạo tỉnh Sơn La',
    awardType,
    ...over,
  });
  const unit = (name: string, awardType: string, over: object = {}) => ({
    kind: 'collective',
    name,
    unit: 'UBND tỉnh Sơn La',
    awardType,
    ...over,
  });
  const onWire = (type: string, pred: (data: Record<string, any>) => boolean) =>
    recorder
      .ofType(type)
      .map((m) => ({ m, data: JSON.parse(m.value!) }))
      .filter((x) => pred(x.data));

  describe('the catalog', () => {
    it('lists the types valid on a date, highest rank first, and keeps expired versions as history', async () => {
      const res = await svc.http.get('/award-types?validOn=2024-02-05&pageSize=100');
      expect(res.status).toBe(200);
      const codes = res.body.items.map((t: { code: string }) => t.code);
      expect(codes[0]).toBe('HC_SAO_VANG');
      expect(codes.indexOf('CO_THI_DUA_CHINH_PHU')).toBeLessThan(codes.indexOf('BANG_KHEN_THU_TUONG'));
      expect(codes.indexOf('BANG_KHEN_THU_TUONG')).toBeLessThan(codes.indexOf('CO_THI_DUA_UBND_TINH'));
      expect(codes).toContain('GIAY_KHEN_CHU_TICH_UBND_HUYEN');
      const later = await svc.http.get('/award-types?validOn=2025-08-01&pageSize=100');
      expect(later.body.items.map((t: { code: string }) => t.code)).not.toContain('GIAY_KHEN_CHU_TICH_UBND_HUYEN');
      const flag = await svc.http.get('/award-types/CO_THI_DUA_UBND_TINH');
      expect(flag.body.versions[0]).toMatchObject({
        name: 'Cờ thi đua của UBND tỉnh',
        recipientKinds: ['collective'],
        validFrom: '2024-01-01',
      });
    });

    it('answers 404 for a code with no version', async () => {
      const res = await svc.http.get('/award-types/KHONG_CO');
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });

    it("adds a province's own badge, refuses an overlapping version (409) and a malformed one (400)", async () => {
      const badge = {
        code: 'HUY_HIEU_HA_GIANG',
        name: 'Huy hiệu “Vì sự nghiệp xây dựng và phát triển tỉnh Hà Giang”',
        family: 'award-form',
        conferringAuthority: 'Chủ tịch UBND tỉnh',
        recipientKinds: ['individual'],
        rank: 500,
        legalBasis: 'Nghị quyết của HĐND tỉnh Hà Giang',
        validFrom: '2024-01-01',
        organization: 'UBND tỉnh Hà Giang',
      };
      const created = await svc.http.post('/award-types', badge);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        code: 'HUY_HIEU_HA_GIANG',
        announceAs: 'object',
        organization: 'UBND tỉnh Hà Giang',
      });
      const overlap = await svc.http.post('/award-types', { ...badge, validFrom: '2025-01-01' });
      expect(overlap.status).toBe(409);
      expect(overlap.body.errors[0].field).toBe('code');
      const bad = await svc.http.post('/award-types', { ...badge, code: 'x y', recipientKinds: ['alien'] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'recipientKinds']);
    });
  });

  describe('recipients', () => {
    it('registers once, finds with and without diacritics, refuses the same identity twice', async () => {
      const created = await svc.http.post('/recipients', {
        kind: 'individual',
        name: 'Đặng Thị Hồng Nhung',
        unit: 'Trường THPT Chiềng Sinh',
      });
      expect(created.status).toBe(201);
      const again = await svc.http.post('/recipients', {
        kind: 'individual',
        name: ' đặng thị  hồng nhung ',
        unit: 'Trường THPT Chiềng Sinh',
      });
      expect(again.status).toBe(409);
      expect(again.body.vi.detail).toContain(created.body.id);
      for (const q of ['dang thi hong', 'Hồng Nhung', 'HONG NHUNG']) {
        const found = await svc.http.get(`/recipients?q=${encodeURIComponent(q)}`);
        expect(found.body.items.map((r: { id: string }) => r.id)).toContain(created.body.id);
      }
      const byUnit = await svc.http.get(`/recipients?unit=${encodeURIComponent('chieng sinh')}`);
      expect(byUnit.body.total).toBeGreaterThanOrEqual(1);
    });
  });

  describe('decisions', () => {
    it('issues a decision: counts in rank order, the news phrase, one decision-issued and one award-conferred per recipient', async () => {
      const conferenceId = randomUUID();
      const recipients = [
        ...Array.from({ length: 15 }, (_, i) => person(`Giáo viên số ${i + 1}`, 'BANG_KHEN_THU_TUONG')),
        ...Array.from({ length: 5 }, (_, i) =>
          unit(`Trường tiểu học số ${i + 1}`, 'Bằng khen của Thủ tướng Chính phủ'),
        ),
        ...Array.from({ length: 9 }, (_, i) => unit(`Sở ngành số ${i + 1}`, 'CO_THI_DUA_CHINH_PHU')),
        person('Lò Văn Muôn', 'NHA_GIAO_UU_TU'),
      ];
      const res = await svc.http.post('/decisions', {
        number: '231/QĐ-TTg',
        date: '2024-02-05',
        authority: 'Thủ tướng Chính phủ',
        signer: { name: 'Trần Lưu Quang', titles: ['Phó Thủ tướng Chính phủ'] },
        reason: 'Đã có thành tích xuất sắc năm 2023',
        conferenceId,
        recipients,
      });
      expect(res.status).toBe(201);
      expect(res.body.recipientCount).toBe(30);
      expect(
        res.body.counts.map((c: { awardType: { code: string }; collectives: number; individuals: number }) => [
          c.awardType.code,
          c.collectives,
          c.individuals,
        ]),
      ).toEqual([
        ['NHA_GIAO_UU_TU', 0, 1],
        ['CO_THI_DUA_CHINH_PHU', 9, 0],
        ['BANG_KHEN_THU_TUONG', 5, 15],
      ]);
      expect(res.body.announcement).toBe(
        '1 cá nhân được tặng danh hiệu “Nhà giáo ưu tú”; 9 tập thể nhận Cờ thi đua của Chính phủ; 5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
      );

      const issued = await waitFor(() => onWire('awards.decision-issued.v1', (d) => d.decisionId === res.body.id)[0]);
      expect(issued.m.key).toBe(res.body.id);
      expect(validateEventData('awards.decision-issued.v1', issued.data).ok).toBe(true);
      expect(issued.data).toMatchObject({ number: '231/QĐ-TTg', conferenceId, recipientCount: 30 });
      expect(issued.data.counts.map((c: { awardType: { code: string } }) => c.awardType.code)).toEqual([
        'NHA_GIAO_UU_TU',
        'CO_THI_DUA_CHINH_PHU',
        'BANG_KHEN_THU_TUONG',
      ]);

      const conferred = await waitFor(() => {
        const found = onWire('awards.award-conferred.v1', (d) => d.decision.decisionId === res.body.id);
        return found.length >= 30 && found;
      });
      expect(conferred).toHaveLength(30);
      for (const { m, data } of conferred) {
        expect(validateEventData('awards.award-conferred.v1', data)).toEqual({ ok: true });
        expect(m.key).toBe(data.awardId);
        expect(data.conferenceId).toBe(conferenceId);
      }
      const teacher = conferred.find((x) => x.data.recipient.name === 'Lò Văn Muôn')!;
      expect(teacher.data).toMatchObject({
        presentedOnBehalfOf: 'thừa ủy quyền của Chủ tịch nước',
        // the catalog's "announce as" travels with the award, so the press writes it as the catalog says
        awardType: { code: 'NHA_GIAO_UU_TU', rank: 220, announceAs: 'title' },
      });
      expect(conferred.find((x) => x.data.awardType.code === 'BANG_KHEN_THU_TUONG')!.data).toMatchObject({
        presentedOnBehalfOf: 'thừa ủy quyền của Thủ tướng Chính phủ',
        awardType: { announceAs: 'object' },
      });

      const stats = await svc.http.get(`/statistics/awards?conferenceId=${conferenceId}`);
      expect(stats.body.items[2]).toMatchObject({
        collectives: 5,
        individuals: 15,
        phrase: '5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
      });
      expect(stats.body.totals).toEqual({ collectives: 14, individuals: 16, households: 0 });
      const page = await svc.http.get(`/decisions/${res.body.id}/awards?pageSize=10&page=1`);
      expect(page.body).toMatchObject({ total: 30, pageSize: 10 });
      expect(page.body.items[0].awardType.code).toBe('NHA_GIAO_UU_TU');
    });

    it('refuses a decision without number or date (400, naming the fields)', async () => {
      const res = await svc.http.post('/decisions', {
        authority: 'Chủ tịch UBND tỉnh Hà Giang',
        signer,
        recipients: [person('A', 'GIAY_KHEN')],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['number', 'date']),
      );
    });

    it('refuses an unknown type and a Cờ thi đua for a person, naming each recipient, and records nothing', async () => {
      const before = (await svc.http.get('/decisions')).body.total;
      const res = await svc.http.post('/decisions', {
        ...provincialDecision(1),
        recipients: [
          person('Hà Văn A', 'GIAY_KHEN'),
          person('Hà Văn B', 'Huân chương Mặt Trăng'),
          person('Hà Văn C', 'CO_THI_DUA_UBND_TINH'),
        ],
      });
      expect(res.status).toBe(422);
      expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
        ['recipients[1].awardType', 'unknownAwardType'],
        ['recipients[2].kind', 'recipientKindNotAllowed'],
      ]);
      expect(res.body.errors[1].vi).toBe(
        'Người nhận thứ 3: “Cờ thi đua của UBND tỉnh” chỉ tặng cho tập thể, không tặng cho cá nhân (Hà Văn C)',
      );
      expect(res.body.detail).toContain('chưa có gì được ghi nhận');
      expect((await svc.http.get('/decisions')).body.total).toBe(before);
      expect((await svc.http.get(`/recipients?q=${encodeURIComponent('Hà Văn A')}`)).body.total).toBe(0);
    });

    it('reads one recipient; holds (reason trimmed) and releases it; 404 for an unknown id', async () => {
      const created = await svc.http.post('/recipients', {
        kind: 'individual',
        name: 'Lò Văn Thắng',
        titles: ['Trưởng phòng'],
        unit: 'UBND xã Chiềng Cọ',
      });
      const one = await svc.http.get(`/recipients/${created.body.id}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual({
        id: created.body.id,
        kind: 'individual',
        name: 'Lò Văn Thắng',
        titles: ['Trưởng phòng'],
        unit: 'UBND xã Chiềng Cọ',
        hold: null,
      });
      const held = await svc.http.put(`/recipients/${created.body.id}/hold`, { reason: '  đang xác minh đơn thư  ' });
      expect(held.status).toBe(200);
      expect(held.body.hold.reason).toBe('đang xác minh đơn thư');
      expect(new Date(held.body.hold.since).toISOString()).toBe(held.body.hold.since);
      expect((await svc.http.get(`/recipients/${created.body.id}`)).body.hold).toEqual(held.body.hold);
      const released = await svc.http.delete(`/recipients/${created.body.id}/hold`);
      expect(released.status).toBe(200);
      expect(released.body).toEqual(one.body);
      const unknown = randomUUID();
      for (const res of [
        await svc.http.get(`/recipients/${unknown}`),
        await svc.http.put(`/recipients/${unknown}/hold`, { reason: 'x' }),
        await svc.http.delete(`/recipients/${unknown}/hold`),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.en.detail).toContain(unknown);
      }
    });

    it('refuses a duplicate number of the same authority and year (409), whatever the spacing and case; the next year is fine', async () => {
      const first = await svc.http.post('/decisions', {
        ...provincialDecision(77),
        recipients: [person('Vừ Mí Sính', 'GIAY_KHEN')],
      });
      expect(first.status).toBe(201);
      const dup = await svc.http.post('/decisions', {
        ...provincialDecision(77, { number: '77 / qđ-ubnd', date: '2024-06-01' }),
        recipients: [person('Vừ Mí Páo', 'GIAY_KHEN')],
      });
      expect(dup.status).toBe(409);
      expect(dup.body.errors[0]).toMatchObject({ field: 'number', code: 'duplicateDecision' });
      const nextYear = await svc.http.post('/decisions', {
        ...provincialDecision(77, { date: '2025-01-20' }),
        recipients: [person('Vừ Mí Páo', 'GIAY_KHEN')],
      });
      expect(nextYear.status).toBe(201);
    });

    it('refuses a recipient on hold, and accepts them once the hold is lifted', async () => {
      const r = await svc.http.post('/recipients', {
        kind: 'collective',
        name: 'Phòng Tài nguyên và Môi trường',
        unit: 'UBND huyện Đồng Văn',
      });
      const put = await svc.http.put(`/recipients/${r.body.id}/hold`, { reason: 'đang bị thanh tra' });
      expect(put.status).toBe(200);
      const line = {
        recipientId: r.body.id,
        kind: 'collective',
        name: 'Phòng Tài nguyên và Môi trường',
        awardType: 'TAP_THE_LAO_DONG_XUAT_SAC',
      };
      const refused = await svc.http.post('/decisions', { ...provincialDecision(88), recipients: [line] });
      expect(refused.status).toBe(422);
      expect(refused.body.errors[0]).toMatchObject({ field: 'recipients[0].recipient', code: 'recipientOnHold' });
      expect(refused.body.errors[0].vi).toContain('đang bị thanh tra');
      await svc.http.delete(`/recipients/${r.body.id}/hold`);
      expect((await svc.http.post('/decisions', { ...provincialDecision(88), recipients: [line] })).status).toBe(201);
    });

    it('checks title chains against its own history and one achievement one form across decisions', async () => {
      const name = 'Sùng Thị Mai';
      for (const year of [2024, 2025, 2026]) {
        const res = await svc.http.post('/decisions', {
          ...provincialDecision(`${year}-CS`, {
            date: `${year}-12-20`,
            authority: 'Giám đốc Sở Y tế tỉnh Hà Giang',
            reason: `Thành tích năm ${year}`,
          }),
          recipients: [person(name, 'CSTD_CO_SO')],
        });
        expect(res.status).toBe(201);
      }
      const gapped = 'Giàng Seo Phử';
      for (const year of [2024, 2026]) {
        await svc.http.post('/decisions', {
          ...provincialDecision(`${year}-CS2`, { date: `${year}-12-20`, authority: 'Giám đốc Sở Y tế tỉnh Hà Giang' }),
          recipients: [person(gapped, 'CSTD_CO_SO')],
        });
      }
      const provincial = await svc.http.post('/decisions', {
        ...provincialDecision(301, { date: '2027-01-25' }),
        recipients: [
          person(name, 'CSTD_TINH', { achievementYear: 2026 }),
          person(gapped, 'CSTD_TINH', { achievementYear: 2026 }),
        ],
      });
      expect(provincial.status).toBe(422);
      expect(provincial.body.errors).toHaveLength(1);
      expect(provincial.body.errors[0]).toMatchObject({
        field: 'recipients[1].awardType',
        code: 'titleChainIncomplete',
      });
      expect(provincial.body.errors[0].vi).toContain('(các năm: 2024, 2026)');
      const ok = await svc.http.post('/decisions', {
        ...provincialDecision(302, { date: '2027-01-25' }),
        recipients: [person(name, 'CSTD_TINH', { achievementYear: 2026 })],
      });
      expect(ok.status).toBe(201);

      const form1 = await svc.http.post('/decisions', {
        ...provincialDecision(303),
        recipients: [person('Cứ A Lử', 'BANG_KHEN_CHU_TICH_UBND_TINH')],
      });
      expect(form1.status).toBe(201);
      const form2 = await svc.http.post('/decisions', {
        number: '99/QĐ-TTg',
        date: '2024-03-01',
        authority: 'Thủ tướng Chính phủ',
        signer,
        reason: provincialDecision(0).reason,
        recipients: [person('Cứ A Lử', 'BANG_KHEN_THU_TUONG')],
      });
      expect(form2.status).toBe(422);
      expect(form2.body.errors[0].code).toBe('oneAchievementOneForm');
    });

    it('honours Idempotency-Key: a retry returns the first decision', async () => {
      const body = { ...provincialDecision(404), recipients: [person('Hoàng Văn Idem', 'GIAY_KHEN')] };
      const key = randomUUID();
      const a = await svc.http.post('/decisions', body, { 'Idempotency-Key': key });
      const b = await svc.http.post('/decisions', body, { 'Idempotency-Key': key });
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.body.id).toBe(a.body.id);
      expect(b.headers.get('idempotent-replayed')).toBe('true');
    });
  });

  describe('revocation', () => {
    it('revokes by a later decision: award-revoked on the wire, history kept, statistics no longer count it', async () => {
      const d = await svc.http.post('/decisions', {
        ...provincialDecision(500, { date: '2024-02-01' }),
        recipients: [
          person('Mua Thị Dính', 'BANG_KHEN_CHU_TICH_UBND_TINH'),
          person('Mua Thị Sở', 'BANG_KHEN_CHU_TICH_UBND_TINH'),
        ],
      });
      const awards = (await svc.http.get(`/awards?decisionId=${d.body.id}`)).body.items;
      const target = awards.find((a: { recipient: { name: string } }) => a.recipient.name === 'Mua Thị Dính');
      const before = (await svc.http.get('/statistics/awards?year=2024')).body.items.find(
        (c: { awardType: { code: string } }) => c.awardType.code === 'BANG_KHEN_CHU_TICH_UBND_TINH',
      );

      const early = await svc.http.post('/revocations', {
        ...provincialDecision(501, { date: '2024-01-01' }),
        reason: 'Khai man thành tích',
        awardIds: [target.id],
      });
      expect(early.status).toBe(422);
      expect(early.body.errors[0]).toMatchObject({ field: 'awardIds[0]', code: 'revocationBeforeConferment' });

      const res = await svc.http.post('/revocations', {
        ...provincialDecision(502, { date: '2024-05-10' }),
        reason: 'Khai man thành tích',
        awardIds: [target.id],
      });
      expect(res.status).toBe(201);
      const revoked = await waitFor(() => onWire('awards.award-revoked.v1', (x) => x.awardId === target.id)[0]);
      expect(revoked.m.key).toBe(target.id);
      expect(validateEventData('awards.award-revoked.v1', revoked.data).ok).toBe(true);
      expect(revoked.data).toMatchObject({
        reason: 'Khai man thành tích',
        revokingDecision: { number: '502/QĐ-UBND' },
        recipient: { name: 'Mua Thị Dính' },
      });

      const history = (await svc.http.get(`/awards?recipientId=${target.recipient.id}`)).body;
      expect(history.total).toBe(1);
      expect(history.items[0]).toMatchObject({
        status: 'revoked',
        revocation: { reason: 'Khai man thành tích', decisionId: res.body.decision.id },
      });
      const after = (await svc.http.get('/statistics/awards?year=2024')).body.items.find(
        (c: { awardType: { code: string } }) => c.awardType.code === 'BANG_KHEN_CHU_TICH_UBND_TINH',
      );
      expect(after.individuals).toBe(before.individuals - 1);
      expect((await svc.http.get(`/decisions/${d.body.id}`)).body).toMatchObject({
        recipientCount: 2,
        revokedCount: 1,
      });

      const twice = await svc.http.post('/revocations', {
        ...provincialDecision(503, { date: '2024-05-11' }),
        reason: 'Lần hai',
        awardIds: [target.id],
      });
      expect(twice.status).toBe(422);
      expect(twice.body.errors[0].code).toBe('alreadyRevoked');
    });
  });

  it('answers statistics only for a conference or a year', async () => {
    const res = await svc.http.get('/statistics/awards');
    expect(res.status).toBe(400);
  });
});
