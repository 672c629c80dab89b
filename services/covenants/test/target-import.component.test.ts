import ExcelJS from 'exceljs';
import { bearer, bombXlsx, sparseXlsx, wideXlsx, type JsonResponse } from '@tdkt/testing';
import { createCluster, hàGiangCovenant, startCovenants } from './covenants-app.harness';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('importing targets from CSV and XLSX (HTTP, real PostgreSQL)', () => {
  let svc: Awaited<ReturnType<typeof startCovenants>>;
  let clusterId: string;

  beforeAll(async () => {
    svc = await startCovenants('import');
    clusterId = await createCluster(svc.http);
  });

  afterAll(() => svc.stop());

  const draft = async () => (await svc.http.post('/covenants', { ...hàGiangCovenant, clusterId })).body;
  // a file, not JSON: the test client's post() would encode it
  const upload = async (
    id: string,
    type: string,
    body: Buffer | string,
    lang = 'vi',
  ): Promise<Pick<JsonResponse, 'status' | 'body'>> => {
    const res = await fetch(`${svc.url}/covenants/${id}/targets/import`, {
      method: 'POST',
      headers: { 'content-type': type, 'accept-language': lang, ...(await bearer('test-runner')) },
      body,
    });
    return { status: res.status, body: await res.json() };
  };

  it('imports a CSV written by Excel in Vietnamese (";" separated, decimal commas, BOM)', async () => {
    const c = await draft();
    const csv =
      '\uFEFFTên chỉ tiêu;Đơn vị tính;Giá trị;Chiều;Trọng số\n' +
      'Tăng trưởng GRDP;%;7,5;cao hơn tốt hơn;30\n' +
      'GRDP bình quân đầu người;triệu đồng;40;;20\n' +
      'Thu ngân sách nhà nước trên địa bàn;tỷ đồng;2.460;;30\n' +
      'Tỷ lệ hộ nghèo;%;4,4;thấp hơn tốt hơn;20\n';
    const res = await upload(c.id, 'text/csv; charset=utf-8', csv);
    expect(res.status).toBe(200);
    expect(
      res.body.targets.map((t: { name: string; targetValue: number; direction: string; weight: number }) => [
        t.name,
        t.targetValue,
        t.direction,
        t.weight,
      ]),
    ).toEqual([
      ['Tăng trưởng GRDP', 7.5, 'higher', 30],
      ['GRDP bình quân đầu người', 40, 'higher', 20],
      ['Thu ngân sách nhà nước trên địa bàn', 2460, 'higher', 30],
      ['Tỷ lệ hộ nghèo', 4.4, 'lower', 20],
    ]);
  });

  it('imports the first sheet of an XLSX workbook', async () => {
    const c = await draft();
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Chỉ tiêu 2024');
    sheet.addRow(['Tên chỉ tiêu', 'Đơn vị tính', 'Giá trị', 'Chiều', 'Trọng số']);
    sheet.addRow(['Tăng trưởng GRDP', '%', 7.5, 'higher', 60]);
    sheet.addRow(['Lượt khách du lịch', 'triệu lượt', 3.2, '', { formula: '100-60', result: 40 }]);
    const res = await upload(c.id, XLSX, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(res.body.targets.map((t: { name: string; weight: number }) => [t.name, t.weight])).toEqual([
      ['Tăng trưởng GRDP', 60],
      ['Lượt khách du lịch', 40],
    ]);
  });

  it('reports every bad row with its number, column and what to fix, in both languages, and imports nothing', async () => {
    const c = await draft();
    const csv =
      'Tên chỉ tiêu,Đơn vị tính,Giá trị,Chiều,Trọng số\nTăng trưởng GRDP,,"7,5",,50\nThu ngân sách,tỷ đồng,nhiều,,150\n';
    const res = await upload(c.id, 'text/csv', csv);
    expect(res.status).toBe(422);
    expect(res.body.title).toBe('Tệp chỉ tiêu có lỗi');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'rows[2].unit',
      'rows[3].targetValue',
      'rows[3].weight',
    ]);
    expect(res.body.errors[0].vi).toBe('Dòng 2, cột “Đơn vị tính”: hãy nhập đơn vị tính (%, tỷ đồng, lượt khách, ...)');
    expect(res.body.errors[0].en).toBe('row 2, column "Đơn vị tính": enter the unit of measure (%, tỷ đồng, ...)');
    const read = await svc.http.get(`/covenants/${c.id}`);
    expect(read.body.targets.map((t: { name: string }) => t.name)).toEqual(['Tăng trưởng GRDP', 'Thu ngân sách']);
  });

  it('refuses weights that do not add up to 100, an unreadable workbook and other file types', async () => {
    const c = await draft();
    const sum = await upload(c.id, 'text/csv', 'name,unit,target value,weight\nGRDP,%,7,70\n', 'en');
    expect(sum.status).toBe(422);
    expect(sum.body.errors[0]).toMatchObject({
      field: 'rows[].weight',
      message: 'the weights add up to 70, they must add up to 100; adjust them',
    });
    const broken = await upload(c.id, XLSX, Buffer.from('not a workbook'));
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0].field).toBe('rows[].file');
    const pdf = await upload(c.id, 'application/pdf', Buffer.from('%PDF-1.7'));
    expect(pdf.status).toBe(415);
    expect(pdf.body.detail).toContain('CSV');
  });

  const targetNames = async (id: string) =>
    (await svc.http.get(`/covenants/${id}`)).body.targets.map((t: { name: string }) => t.name);

  it('refuses a zip bomb (413) and a sheet 5,000 columns wide (422) at once, naming the limit, and changes nothing', async () => {
    const c = await draft();
    const before = await targetNames(c.id);
    const timed = async (file: Buffer) => {
      const started = performance.now();
      const res = await upload(c.id, XLSX, file);
      return { ...res, ms: performance.now() - started };
    };
    const bomb = await timed(bombXlsx(1024, 1000));
    expect(bomb.status).toBe(413);
    expect(bomb.ms).toBeLessThan(5000); // bounded work: the unbounded readers took 7–120 s; headroom for a loaded machine
    expect(bomb.body).toMatchObject({
      type: 'urn:tdkt:problem:spreadsheet-limit-exceeded',
      errors: [{ field: 'file', code: 'maxEntryBytes' }],
    });
    expect(bomb.body.vi.detail).toMatch(/^Tệp vượt quá giới hạn dung lượng giải nén/);
    const wide = await timed(wideXlsx(2000, 5000));
    expect(wide.status).toBe(422);
    expect(wide.ms).toBeLessThan(5000); // bounded work: the unbounded readers took 7–120 s; headroom for a loaded machine
    expect(wide.body.errors[0]).toMatchObject({ field: 'file', code: 'maxColumns' });
    expect(wide.body.en.detail).toContain('at most 50');
    expect(await targetNames(c.id)).toEqual(before);
  });

  it('reads a 6 KB sheet with a lone cell at Z2000 in proportion to its two cells, not its 26 × 2000 range', async () => {
    const c = await draft();
    const started = performance.now();
    const res = await upload(c.id, XLSX, sparseXlsx());
    expect(performance.now() - started).toBeLessThan(5000); // bounded work: the unbounded readers took 7–120 s; headroom for a loaded machine
    // A1 is no heading row: refused row by row, as any file without the headings
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('rows[1].name');
  });

  it('applies the JSON limits to imported targets: a name over 300 characters, over 200 targets (422, per row)', async () => {
    const c = await draft();
    const before = await targetNames(c.id);
    const long = await upload(
      c.id,
      'text/csv',
      `Tên chỉ tiêu,Đơn vị tính,Giá trị,Trọng số\nGRDP,%,7,50\n${'Chỉ tiêu '.repeat(40)},${'%'.repeat(51)},1,50\n`,
    );
    expect(long.status).toBe(422);
    expect(long.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([
      ['rows[3].name', 'importRow'],
      ['rows[3].unit', 'importRow'],
    ]);
    expect(long.body.errors[0].vi).toBe('Dòng 3, cột “Tên chỉ tiêu”: không được dài quá 300 ký tự');
    expect(long.body.errors[0].en).toBe(
      'row 3, column "Tên chỉ tiêu": must be shorter than or equal to 300 characters',
    );
    const rows = Array.from({ length: 201 }, (_, i) => `Chỉ tiêu ${i + 1},%,1,${i < 100 ? 1 : 0}`).join('\n');
    const many = await upload(c.id, 'text/csv', `Tên chỉ tiêu,Đơn vị tính,Giá trị,Trọng số\n${rows}\n`);
    expect(many.status).toBe(422);
    expect(many.body.errors).toEqual([
      expect.objectContaining({ field: 'rows[].targets', vi: expect.stringContaining('tối đa 200 chỉ tiêu') }),
    ]);
    expect(await targetNames(c.id)).toEqual(before);
  });
});
