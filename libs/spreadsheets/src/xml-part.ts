import { SaxesParser } from 'saxes';
import { SpreadsheetLimitExceeded, UnreadableSpreadsheet } from './spreadsheet.errors';
import type { ZipParts } from './zip-parts';

export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The local part of a qualified name: `x:row` → `row` (some writers prefix SpreadsheetML). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** An attribute by its local name (`r:id` → `id` when asked with prefixed = true). */
export function attr(attrs: Record<string, string>, name: string, prefixed = false): string | undefined {
  if (!prefixed) return attrs[name];
  for (const [k, v] of Object.entries(attrs)) if (k.includes(':') && local(k) === name) return v;
  return undefined;
}

/**
 * Streams one XML part of the zip through a SAX parser, as it inflates. saxes expands only the
 * predefined entities and character references (no DTD entities), so nothing multiplies the text.
 * Returns false if the part is absent.
 */
export async function parseXmlPart(parts: ZipParts, name: string, h: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser();
  if (h.open) parser.on('opentag', (t) => h.open!(local(t.name), t.attributes as Record<string, string>));
  if (h.close) parser.on('closetag', (t) => h.close!(local(t.name)));
  if (h.text) parser.on('text', (t) => h.text!(t));
  const wrap = (e: unknown) =>
    new UnreadableSpreadsheet(
      `Phần ${name} của tệp .xlsx bị lỗi (${(e as Error).message}); hãy mở và lưu lại bằng Excel`,
      `the part ${name} of the .xlsx file is broken (${(e as Error).message}); open and save it again in Excel`,
    );
  const found = await parts.stream(name, (chunk) => {
    try {
      parser.write(chunk);
    } catch (e) {
      // a limit crossed in a handler stays itself; anything saxes throws is a broken part
      throw e instanceof SpreadsheetLimitExceeded || e instanceof UnreadableSpreadsheet ? e : wrap(e);
    }
  });
  if (found) {
    try {
      parser.close();
    } catch (e) {
      throw wrap(e);
    }
  }
  return found;
}
