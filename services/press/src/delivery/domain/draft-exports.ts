import type { DraftContent } from '../../drafts/domain/draft';
import { escapeHtml, escapeMarkdown } from './escape';

export interface ExportMeta {
  version: number;
  status: string;
  /** "Bản tin dự thảo" until published */
  label: string;
}

/** A printable, self-contained HTML page of the draft (captions in italics). */
export function draftHtml(c: DraftContent, meta: ExportMeta): string {
  const body = c.paragraphs
    .map((p) =>
      p.role.startsWith('caption')
        ? `<p class="caption"><em>${escapeHtml(p.text)}</em></p>`
        : `<p>${escapeHtml(p.text)}</p>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(c.title)}</title>
<style>body{font-family:"Times New Roman",serif;max-width:42em;margin:2em auto;line-height:1.5}.meta{color:#666;font-size:.9em}.caption{color:#333}</style>
</head>
<body>
<p class="meta">${escapeHtml(meta.label)} — phiên bản ${meta.version}</p>
<h1>${escapeHtml(c.title)}</h1>
${body}
</body>
</html>
`;
}

/** Markdown for CMSs that take it: title as a heading, one paragraph per block. */
export function draftMarkdown(c: DraftContent): string {
  return (
    [
      `# ${escapeMarkdown(c.title)}`,
      ...c.paragraphs.map((p) =>
        p.role.startsWith('caption') ? `*${escapeMarkdown(p.text)}*` : escapeMarkdown(p.text),
      ),
    ].join('\n\n') + '\n'
  );
}
