import { LIMIT_TEXTS, type SpreadsheetLimit } from './limits';

/** The file crossed one of the reader's limits; reading stopped there. */
export class SpreadsheetLimitExceeded extends Error {
  constructor(
    readonly limit: SpreadsheetLimit,
    readonly max: number,
    /** where it was crossed: a row number, a cell reference or a zip entry name */
    readonly at?: string,
  ) {
    super(`the file exceeds the limit ${limit} = ${max}${at ? ` (at ${at})` : ''}`);
  }

  get status(): 413 | 422 {
    return LIMIT_TEXTS[this.limit].status;
  }
}

/** The file is not a readable CSV or XLSX (a broken zip, an old .xls, not UTF-8, bad XML…). */
export class UnreadableSpreadsheet extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}
