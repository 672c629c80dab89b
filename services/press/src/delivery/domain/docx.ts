import type { DraftContent } from '../../drafts/domain/draft';
import { escapeXml } from './escape';

// No docx library: a .docx is only a zip of a few XML parts, written with jszip (declared, the same
// version exceljs uses).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as typeof import('jszip');

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const run = (text: string, props = '') =>
  `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>${props}</w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The WordprocessingML body: the title bold and larger, each paragraph justified, captions in italics. */
export function documentXml(c: DraftContent): string {
  const title = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(c.title, '<w:b/><w:sz w:val="32"/>')}</w:p>`;
  const paragraphs = c.paragraphs
    .map((p) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${run(p.text, p.role.startsWith('caption') ? '<w:i/><w:sz w:val="26"/>' : '<w:sz w:val="28"/>')}</w:p>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${title}${paragraphs}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

/** A minimal valid .docx (Word, LibreOffice and Google Docs open it): three parts in a zip. */
export async function draftDocx(c: DraftContent): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', RELS);
  zip.file('word/document.xml', documentXml(c));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
