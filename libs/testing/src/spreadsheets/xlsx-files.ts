import { constants, crc32, deflateRawSync } from 'node:zlib';

/** One part of a hand-made zip: its bytes, or raw deflate data made elsewhere (a bomb). */
export interface ZipPart {
  name: string;
  data?: Buffer | string;
  deflated?: { raw: Buffer; size: number };
  /** the uncompressed size written in the headers, when it should lie */
  declaredSize?: number;
}

/**
 * A zip file written by hand (local headers, central directory, end record), so tests can make
 * files no spreadsheet program would: lying sizes, bombs, parts in any order.
 */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const plain = p.data === undefined ? undefined : Buffer.from(p.data);
    const raw = p.deflated?.raw ?? deflateRawSync(plain ?? Buffer.alloc(0));
    const size = p.declaredSize ?? p.deflated?.size ?? plain!.length;
    const crc = plain ? crc32(plain) : 0;
    const name = Buffer.from(p.name, 'utf8');
    const common = (h: Buffer, at: number) => {
      h.writeUInt16LE(0x0800, at); // UTF-8 names
      h.writeUInt16LE(8, at + 2); // deflate
      h.writeUInt32LE(0, at + 4); // time, date
      h.writeUInt32LE(crc >>> 0, at + 8);
      h.writeUInt32LE(raw.length, at + 12);
      h.writeUInt32LE(Math.min(size, 0xfffffffe), at + 16);
      h.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    common(central, 8);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, raw);
    centrals.push(central, name);
    offset += local.length + name.length + raw.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * Raw deflate data that inflates to `megabytes` MiB of spaces from about a thousandth of that:
 * one fully flushed (self-contained) block of 1 MiB, repeated, then an empty final block.
 */
export function deflateBomb(megabytes: number): { raw: Buffer; size: number } {
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  return { raw: Buffer.concat([...Array.from({ length: megabytes }, () => block), last]), size: megabytes << 20 };
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An .xlsx of one sheet whose `<sheetData>` is given as XML (or as a part, e.g. a bomb). */
export function xlsxOf(sheetData: string | Omit<ZipPart, 'name'>, extra: ZipPart[] = []): Buffer {
  const sheet =
    typeof sheetData === 'string'
      ? {
          data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
        }
      : sheetData;
  return zipOf([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', ...sheet },
    ...extra,
  ]);
}

/** A1 and one cell at Z2000: a tiny file whose used range is 26 × 2000. */
export function sparseXlsx(): Buffer {
  return xlsxOf(
    '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row><row r="2000"><c r="Z2000"><v>1</v></c></row>',
  );
}

/** `rows` rows with one cell each in column `column` (5000 = GJH): a few KB, rows × column wide. */
export function wideXlsx(rows = 2000, column = 5000): Buffer {
  let letters = '';
  for (let x = column; x > 0; x = Math.floor((x - 1) / 26))
    letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
  const xml = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}"><c r="${letters}${i + 1}"><v>1</v></c></row>`,
  ).join('');
  return xlsxOf(xml);
}

/** A sheet part that inflates to `megabytes` MiB; `declaredSize` lets the headers lie about it. */
export function bombXlsx(megabytes = 1024, declaredSize?: number): Buffer {
  return xlsxOf({ deflated: deflateBomb(megabytes), declaredSize });
}
