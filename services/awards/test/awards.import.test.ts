import { DataSource } from 'typeorm';
import { validateEventData } from '@tdkt/contracts';
import { bombXlsx, TopicRecorder, waitFor, wideXlsx } from '@tdkt/testing';
import { awardRows, awardWorkbook, COLUMNS, provincialDecision, signer, startAwards } from './awards-app.harness';

/** The multipart fields of a decision header. */
const fields = (n: number | string) => {
  const d = provincialDecision(n);
  return {
    number: d.number,
    date: d.date,
    authority: d.authority,
    signerName: signer.name,
    signerTitles: signer.titles.join('; '),
    reason: d.reason,
  };
};

describe('awards: importing a decision from XLSX / CSV (real PostgreSQL and Kafka)', () => {
  let svc: Awaited<ReturnType<typeof startAwards>>;
  let recorder: TopicRecorder;
  const count = async (table: string): Promise<number> =>
    (await svc.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    svc = await startAwards('awards_import');
    recorder = await TopicRecorder.start([svc.awardTopic]);
  });

  afterAll(async () => {
    await recorder.stop();
    await svc.stop();
  });

  it('imports nothing from 3,500 rows with one bad row, and names that row', async () => {
    const rows = awardRows(3500, 'BAD');
    // spreadsheet row = index + 3 (a title row, then the header)
    rows[1776]![2] = 'Cá nhân';
    rows[1776]![5] = 'Cờ thi đua của UBND tỉnh';
    const file = await awardWorkbook(rows);
    const res = await svc.upload('/decisions/import', fields(1), { name: 'danh-sach.xlsx', content: file });
    expect(res.status).toBe(422);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ field: 'rows[1779].kind', code: 'recipientKindNotAllowed' });
    expect(res.body.errors[0].vi).toMatch(/^Dòng 1779: “Cờ thi đua của UBND tỉnh” chỉ tặng cho tập thể/);
    expect(await count('decisions')).toBe(0);
    expect(await count('recipients')).toBe(0);
    expect(await count('awards')).toBe(0);
    expect(await count('outbox')).toBe(0);
  });

  it('imports a generated 3,500-row XLSX in one decision: every award-conferred on the wire, valid against the contracts', async () => {
    const file = await awardWorkbook(awardRows(3500));
    const res = await svc.upload('/decisions/import', fields(2), { name: 'danh-sach.xlsx', content: file });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ importedRows: 3500, recipientCount: 3500, source: 'import', number: '2/QĐ-UBND' });
    expect(res.body.counts.map((c: { awardType: { code: string } }) => c.awardType.code)).toEqual([
      'BANG_KHEN_CHU_TICH_UBND_TINH',
      'CSTD_CO_SO',
    ]);
    expect(res.body.announcement).toBe(
      '500 tập thể, 2.940 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh; 60 cá nhân được tặng danh hiệu “Chiến sĩ thi đua cơ sở”',
    );

    const conferred = await waitFor(
      () => {
        const found = recorder.ofType('awards.award-conferred.v1');
        return found.length >= 3500 && found;
      },
      { timeoutMs: 60000, what: '3,500 award-conferred events' },
    );
    expect(conferred).toHaveLength(3500);
    expect(new Set(conferred.map((m) => m.key)).size).toBe(3500);
    for (const m of conferred)
      expect(validateEventData('awards.award-conferred.v1', JSON.parse(m.value!)).ok).toBe(true);
    const sample = JSON.parse(
      conferred.find((m) => JSON.parse(m.value!).recipient.name === 'Nguyễn Thị Hương HG-2')!.value!,
    );
    expect(sample.recipient).toMatchObject({
      kind: 'individual',
      titles: ['Cán bộ', 'Bí thư Chi bộ'],
      unit: 'Xã Mèo Vạc, tỉnh Hà Giang',
    });
    expect(recorder.ofType('awards.decision-issued.v1')).toHaveLength(1);

    // the same people next year are the same recipients, one history across years: the same
    // achievement (2023) again is refused, the next year's achievement is awarded
    const same = await svc.upload(
      '/decisions/import',
      { ...fields(3), date: '2025-01-20' },
      { name: 'lai.xlsx', content: await awardWorkbook(awardRows(10)) },
    );
    expect(same.status).toBe(422);
    expect(same.body.errors[1]).toMatchObject({ field: 'rows[4].awardType', code: 'oneAchievementOneForm' });
    const nextYear = awardRows(10).map((r) => [...r.slice(0, 6), '2024']);
    const again = await svc.upload(
      '/decisions/import',
      { ...fields(3), date: '2025-01-20' },
      { name: 'nam-sau.xlsx', content: await awardWorkbook(nextYear) },
    );
    expect(again.status).toBe(201);
    expect(await count('recipients')).toBe(3500);
  });

  it('imports a CSV (semicolons, Vietnamese headers, codes or names) and refuses every bad row of it, by line', async () => {
    const csv = [
      'STT;Họ và tên;Loại;Hình thức khen thưởng;Đơn vị;Năm thành tích;Truy tặng',
      '1;Gia đình ông Lù Văn Páo;Hộ gia đình;Gia đình văn hóa;Xã Lũng Cú;2024;',
      '2;Bệnh viện Đa khoa tỉnh;Tập thể;TAP_THE_LAO_DONG_XUAT_SAC;Sở Y tế;2024;',
      '3;Liệt sĩ Hoàng Văn Thụ;Cá nhân;HC_DUNG_CAM;Xã Đồng Văn;2024;x',
    ].join('\n');
    const ok = await svc.upload(
      '/decisions/import',
      { ...fields(10), date: '2024-06-01' },
      { name: 'ds.csv', content: Buffer.from(`\uFEFF${csv}`) },
    );
    expect(ok.status).toBe(201);
    expect(ok.body.importedRows).toBe(3);
    const awards = (await svc.http.get(`/awards?decisionId=${ok.body.id}`)).body.items;
    expect(
      awards.find((a: { recipient: { name: string } }) => a.recipient.name === 'Liệt sĩ Hoàng Văn Thụ').posthumous,
    ).toBe(true);

    const bad = [
      'Họ và tên,Loại,Hình thức khen thưởng,Năm thành tích',
      ',Cá nhân,GIAY_KHEN,2024',
      'Nguyễn Văn Bình,Người máy,GIAY_KHEN,2024',
      'Trần Thị Cúc,Cá nhân,GIAY_KHEN,hai nghìn',
      'Phòng Y tế,Tập thể,Lao động tiên tiến,2024',
      'Lê Văn Dũng,Cá nhân,GIAY_KHEN,2024',
    ].join('\n');
    const res = await svc.upload('/decisions/import', fields(11), { name: 'loi.csv', content: Buffer.from(bad) });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['rows[2].name', 'isNotEmpty'],
      ['rows[3].kind', 'isIn'],
      ['rows[4].achievementYear', 'isInt'],
      ['rows[5].kind', 'recipientKindNotAllowed'],
    ]);
    expect(res.body.errors[1].vi).toBe(
      'Dòng 3, cột “Loại”: “Người máy” không hợp lệ; ghi “cá nhân”, “tập thể” hoặc “hộ gia đình”',
    );
  });

  it('honours Idempotency-Key on imports, the file included: the same file replays, another file with that key is refused', async () => {
    const key = `import-${Date.now()}`;
    const file = await awardWorkbook(awardRows(3, 'IDEM'));
    const first = await svc.upload(
      '/decisions/import',
      { ...fields(30), date: '2024-07-01' },
      { name: 'a.xlsx', content: file },
      { 'Idempotency-Key': key },
    );
    const replay = await svc.upload(
      '/decisions/import',
      { ...fields(30), date: '2024-07-01' },
      { name: 'a.xlsx', content: file },
      { 'Idempotency-Key': key },
    );
    expect([first.status, replay.status]).toEqual([201, 201]);
    expect(replay.body.id).toBe(first.body.id);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const other = await svc.upload(
      '/decisions/import',
      { ...fields(30), date: '2024-07-01' },
      { name: 'a.xlsx', content: await awardWorkbook(awardRows(4, 'IDEM')) },
      { 'Idempotency-Key': key },
    );
    expect(other.status).toBe(422);
    expect(other.body.type).toBe('urn:tdkt:problem:idempotency-key-reused');
  });

  it('refuses a malformed spreadsheet, a missing file and a missing decision number (400, saying what to fix)', async () => {
    const noHeader = await svc.upload('/decisions/import', fields(20), {
      name: 'x.xlsx',
      content: await awardWorkbook(awardRows(3), ['A', 'B', 'C']),
    });
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors[0].field).toBe('file');
    expect(noHeader.body.vi.detail).toContain('“Họ và tên / Tên tập thể”, “Loại”, “Hình thức khen thưởng”');
    const xls = await svc.upload('/decisions/import', fields(21), {
      name: 'cu.xls',
      content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
    });
    expect(xls.status).toBe(400);
    expect(xls.body.vi.detail).toContain('.xls cũ');
    const broken = await svc.upload('/decisions/import', fields(22), {
      name: 'hong.xlsx',
      content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]),
    });
    expect(broken.status).toBe(400);
    const missing = await svc.upload('/decisions/import', fields(23));
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('file');
    const { number: _n, ...noNumber } = fields(24);
    const noNum = await svc.upload('/decisions/import', noNumber, {
      name: 'x.xlsx',
      content: await awardWorkbook(awardRows(2)),
    });
    expect(noNum.status).toBe(400);
    expect(noNum.body.errors.map((e: { field: string }) => e.field)).toContain('number');
  });

  const nothingRecorded = async () => {
    for (const table of ['decisions', 'recipients', 'awards', 'outbox'])
      expect({ table, n: await count(table) }).toEqual({ table, n: before[table] });
  };
  let before: Record<string, number> = {};
  const snapshot = async () => {
    before = Object.fromEntries(
      await Promise.all(['decisions', 'recipients', 'awards', 'outbox'].map(async (t) => [t, await count(t)])),
    );
  };

  it('refuses a zip bomb (413) and 2,000 rows 5,000 columns wide (422) at once, naming the limit, recording nothing', async () => {
    await snapshot();
    const timed = async (name: string, content: Buffer) => {
      const started = performance.now();
      const res = await svc.upload('/decisions/import', fields(40), { name, content });
      return { ...res, ms: performance.now() - started };
    };
    // its headers lie (1,000 bytes declared): the bytes are counted as they inflate
    const bomb = await timed('bom.xlsx', bombXlsx(1024, 1000));
    expect(bomb.status).toBe(413);
    expect(bomb.ms).toBeLessThan(5000); // bounded work: the unbounded readers took 7–120 s; headroom for a loaded machine
    expect(bomb.body).toMatchObject({
      type: 'urn:tdkt:problem:spreadsheet-limit-exceeded',
      errors: [{ field: 'file', code: 'maxEntryBytes' }],
    });
    const wide = await timed('rong.xlsx', wideXlsx(2000, 5000));
    expect(wide.status).toBe(422);
    expect(wide.ms).toBeLessThan(5000); // bounded work: the unbounded readers took 7–120 s; headroom for a loaded machine
    expect(wide.body.errors[0]).toMatchObject({ field: 'file', code: 'maxColumns' });
    expect(wide.body.vi.detail).toContain('số cột: tối đa 100');
    await nothingRecorded();
  });

  it('applies the JSON limits to imported rows: a name or a unit too long is refused per row, like JSON', async () => {
    await snapshot();
    const rows = awardRows(3, 'LEN');
    rows[0]![1] = 'Nguyễn '.repeat(50);
    rows[2]![4] = 'Xã '.repeat(120);
    const file = await awardWorkbook(rows, COLUMNS);
    const res = await svc.upload('/decisions/import', fields(41), { name: 'dai.xlsx', content: file });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['rows[3].name', 'maxLength'],
      ['rows[5].unit', 'maxLength'],
    ]);
    expect(res.body.errors[0].vi).toBe('Dòng 3, cột “Họ và tên / Tên tập thể”: không được dài quá 300 ký tự');
    await nothingRecorded();
  });
});
