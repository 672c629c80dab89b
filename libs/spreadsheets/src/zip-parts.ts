import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { SpreadsheetLimits } from './limits';
import { SpreadsheetLimitExceeded, UnreadableSpreadsheet } from './spreadsheet.errors';

const unreadable = (e: unknown) =>
  new UnreadableSpreadsheet(
    `Không đọc được tệp .xlsx (${(e as Error).message}); hãy mở và lưu lại bằng Excel`,
    `cannot read the .xlsx file (${(e as Error).message}); open and save it again in Excel`,
  );

/**
 * The parts of a zip held in memory, read one at a time as text. The central directory is read
 * first (its entry count bounded); a part is inflated as a stream and counted as it comes, and
 * the stream is destroyed at `maxEntryBytes`: a zip bomb is never inflated further. The sizes the
 * zip declares are not trusted (a declared size over the limit only fails sooner).
 */
export class ZipParts {
  private constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
    private readonly limits: Pick<SpreadsheetLimits, 'maxEntryBytes' | 'maxEntries'>,
  ) {}

  static async open(file: Buffer, limits: Pick<SpreadsheetLimits, 'maxEntryBytes' | 'maxEntries'>): Promise<ZipParts> {
    let zip: ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(file, {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: false,
        decodeStrings: true,
      });
    } catch (e) {
      throw unreadable(e);
    }
    if (zip.entryCount > limits.maxEntries) throw new SpreadsheetLimitExceeded('maxEntries', limits.maxEntries);
    const entries = new Map<string, Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        if (entries.size >= limits.maxEntries) throw new SpreadsheetLimitExceeded('maxEntries', limits.maxEntries);
        // two parts of one name: which one a reader takes is ambiguous, so neither is
        if (entries.has(entry.fileName)) throw new Error(`the part ${entry.fileName} appears twice`);
        entries.set(entry.fileName, entry);
      }
    } catch (e) {
      zip.close();
      throw e instanceof SpreadsheetLimitExceeded ? e : unreadable(e);
    }
    return new ZipParts(zip, entries, limits);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Feeds the part's text to `sink` chunk by chunk; false if there is no such part. */
  async stream(name: string, sink: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name);
    if (!entry) return false;
    const max = this.limits.maxEntryBytes;
    if (entry.uncompressedSize > max) throw new SpreadsheetLimitExceeded('maxEntryBytes', max, name);
    const decoder = new StringDecoder('utf8');
    let bytes = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      // leaving the loop (limit or a sink's error) destroys the stream: inflating stops there
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > max) throw new SpreadsheetLimitExceeded('maxEntryBytes', max, name);
        sink(decoder.write(chunk));
      }
      sink(decoder.end());
    } catch (e) {
      if (e instanceof SpreadsheetLimitExceeded || e instanceof UnreadableSpreadsheet) throw e;
      throw unreadable(e);
    }
    return true;
  }

  close(): void {
    this.zip.close();
  }
}
