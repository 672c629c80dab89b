import { escapeXml } from './escape';

export interface FeedEntry {
  id: string;
  title: string;
  updated: Date;
  summary: string;
  content: string;
  link: string;
  author: string;
  categories: string[];
}

/** An Atom 1.0 feed (RFC 4287): every text escaped, entries newest first. */
export function atomFeed(f: { id: string; title: string; selfLink: string; updated: Date; entries: FeedEntry[] }): string {
  const entries = f.entries
    .map(
      (e) => `<entry>
<id>${escapeXml(e.id)}</id>
<title>${escapeXml(e.title)}</title>
<updated>${e.updated.toISOString()}</updated>
<author><name>${escapeXml(e.author)}</name></author>
<link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>
${e.categories.map((c) => `<category term="${escapeXml(c)}"/>`).join('')}
<summary>${escapeXml(e.summary)}</summary>
<content type="text">${escapeXml(e.content)}</content>
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
<id>${escapeXml(f.id)}</id>
<title>${escapeXml(f.title)}</title>
<updated>${f.updated.toISOString()}</updated>
<link rel="self" href="${escapeXml(f.selfLink)}"/>
${entries}
</feed>
`;
}
