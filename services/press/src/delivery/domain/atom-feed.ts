import { Feed } from 'feed';
import { escapeHtml } from './escape';

export interface FeedEntry {
  id: string;
  title: string;
  updated: Date;
  summary: string;
  /** plain text, paragraphs separated by blank lines */
  content: string;
  link: string;
  author: string;
  categories: string[];
}

// The feed library writes entry title, summary and content as type="html" in CDATA: our plain text
// goes in HTML-escaped. Its other text nodes pass through xml-js, which first turns "&amp;" back into
// "&": escaping "&" beforehand keeps a literal "&amp;" as written.
const text = (s: string) => s.replace(/&/g, '&amp;');
const paragraphsHtml = (s: string) =>
  s
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');

/** An Atom 1.0 feed (RFC 4287) through the feed library: every text escaped, entries in the given order (newest first). */
export function atomFeed(f: {
  id: string;
  title: string;
  selfLink: string;
  updated: Date;
  entries: FeedEntry[];
}): string {
  const feed = new Feed({
    id: f.id,
    title: text(f.title),
    updated: f.updated,
    feedLinks: { atom: f.selfLink },
    generator: false,
  });
  for (const e of f.entries) {
    feed.addItem({
      id: e.id,
      title: escapeHtml(e.title),
      link: e.link,
      date: e.updated,
      author: [{ name: text(e.author) }],
      category: e.categories.map((term) => ({ term })),
      description: escapeHtml(e.summary),
      content: paragraphsHtml(e.content),
    });
  }
  return feed.atom1();
}
