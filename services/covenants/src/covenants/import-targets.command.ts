import type { Visible } from '../common/domain/acting';
import { Injectable } from '@nestjs/common';
import {
  readSpreadsheet,
  UnreadableSpreadsheet,
  type SpreadsheetFormat,
  type SpreadsheetLimits,
} from '@tdkt/spreadsheets';
import type { Covenant } from './domain/covenant';
import { TargetImportRejected } from './domain/covenant.errors';
import { targetsFromRows } from './domain/target-rows';
import { MAX_TARGETS } from './domain/targets';
import { checkTargetRow } from './dto/target-row.check';
import { ReplaceTargetsCommand } from './replace-targets.command';

/** A targets file is a heading and at most MAX_TARGETS rows: anything far beyond is refused unread. */
export const TARGET_IMPORT_LIMITS: SpreadsheetLimits = {
  maxRows: 5 * MAX_TARGETS,
  maxColumns: 50,
  maxCells: 20_000,
  maxEntryBytes: 16 * 1024 * 1024,
  maxEntries: 200,
  maxSharedStrings: 20_000,
};

/**
 * Imports a draft's targets from a spreadsheet: all rows or none. A bad row is reported with its
 * number, its column and what to fix, and the targets stay as they were. A file over the
 * reader's limits is refused by the reader (413 / 422 naming the limit).
 */
@Injectable()
export class ImportTargetsCommand {
  constructor(private readonly replaceTargets: ReplaceTargetsCommand) {}

  async execute(covenantId: string, format: SpreadsheetFormat, body: Buffer, visible: Visible): Promise<Covenant> {
    const rows = await readSpreadsheet(body, { format, limits: TARGET_IMPORT_LIMITS }).catch((e: unknown) => {
      if (!(e instanceof UnreadableSpreadsheet)) throw e;
      throw new TargetImportRejected([
        {
          field: 'file',
          column: '',
          vi: `Không đọc được tệp ${format.toUpperCase()} (${e.vi}): hãy lưu lại tệp đúng định dạng rồi tải lên lại`,
          en: `the ${format.toUpperCase()} file could not be read (${e.en}); save it again in that format and upload it`,
        },
      ]);
    });
    const targets = targetsFromRows(rows, checkTargetRow);
    return this.replaceTargets.execute(covenantId, targets, visible);
  }
}
