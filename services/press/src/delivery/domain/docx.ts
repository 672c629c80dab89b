import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { DraftContent } from '../../drafts/domain/draft';

const FONT = 'Times New Roman';

// Sizes are in half-points (16, 14 and 13 pt); page and margins in twentieths of a point: A4, the
// 2 cm / 3 cm margins of administrative documents.
const title = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text, font: FONT, bold: true, size: 32 })],
  });

const body = (p: DraftContent['paragraphs'][number]) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    children: [
      new TextRun({
        text: p.text,
        font: FONT,
        ...(p.role.startsWith('caption') ? { italics: true, size: 26 } : { size: 28 }),
      }),
    ],
  });

/** The .docx of a draft (the docx library writes the OOXML): the title bold and larger, each paragraph justified, captions in italics. */
export function draftDocx(c: DraftContent): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, right: 1134, bottom: 1134, left: 1701, header: 709, footer: 709, gutter: 0 },
          },
        },
        children: [title(c.title), ...c.paragraphs.map(body)],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
