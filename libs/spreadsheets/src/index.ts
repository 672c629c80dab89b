export {
  formatOfMediaType,
  MEDIA_TYPES,
  readSpreadsheet,
  type ReadOptions,
  type SpreadsheetFormat,
} from './read-spreadsheet';
export { cellText, type Cell, type SheetRow } from './sheet';
export { DEFAULT_LIMITS, type SpreadsheetLimit, type SpreadsheetLimits } from './limits';
export { SpreadsheetLimitExceeded, UnreadableSpreadsheet } from './spreadsheet.errors';
export { spreadsheetProblem } from './spreadsheet-problem';
