/** Excel's built-in number formats that show a date or a time. */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** Whether a custom format code shows a date: d, m, y, h or s outside quotes, escapes and [colour]. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, '');
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s?E+-]*$/.test(bare);
}

/** The cell styles (`s` attribute) whose number format is a date. */
export class DateStyles {
  private readonly custom = new Map<number, string>();
  private readonly xfs: number[] = [];
  private inCellXfs = false;

  open(name: string, attrs: Record<string, string>): void {
    if (name === 'numFmt') this.custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
    else if (name === 'cellXfs') this.inCellXfs = true;
    else if (name === 'xf' && this.inCellXfs) this.xfs.push(Number(attrs.numFmtId ?? 0));
  }

  close(name: string): void {
    if (name === 'cellXfs') this.inCellXfs = false;
  }

  isDate(style: number): boolean {
    const fmt = this.xfs[style];
    if (fmt === undefined) return false;
    const code = this.custom.get(fmt);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(fmt);
  }
}

const DAY_MS = 86_400_000;

/** An Excel serial day as `YYYY-MM-DD` (1900 system with its phantom 29 February, or 1904). */
export function serialDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}
