import type { ProblemInit } from '@tdkt/service-kit';
import { LIMIT_TEXTS } from './limits';
import { SpreadsheetLimitExceeded } from './spreadsheet.errors';

const number = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/**
 * A crossed limit as a problem (413 for bytes and zip entries, 422 for rows, columns and cells),
 * naming the limit and its value. For a service's mapError; undefined for any other error.
 */
export function spreadsheetProblem(err: unknown): ProblemInit | undefined {
  if (!(err instanceof SpreadsheetLimitExceeded)) return undefined;
  const t = LIMIT_TEXTS[err.limit];
  const at = err.at ? { vi: ` (tại ${err.at})`, en: ` (at ${err.at})` } : { vi: '', en: '' };
  const vi = `Tệp vượt quá giới hạn ${t.vi}: tối đa ${number(err.max)}${at.vi}. Hãy chia nhỏ hoặc rút gọn tệp rồi tải lên lại.`;
  const en = `The file exceeds the limit of ${t.en}: at most ${err.max}${at.en} (${err.limit}). Split or trim the file and upload it again.`;
  return {
    status: err.status,
    type: 'spreadsheet-limit-exceeded',
    vi: { title: 'Tệp vượt quá giới hạn cho phép', detail: vi },
    en: { title: 'The file exceeds a limit', detail: en },
    errors: [{ field: 'file', code: err.limit, vi, en }],
  };
}
