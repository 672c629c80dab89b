import { Injectable } from '@nestjs/common';
import type { Covenant } from './domain/covenant';
import { TargetImportRejected } from './domain/covenant.errors';
import { targetsFromRows } from './domain/target-rows';
import { readSpreadsheet } from './infra/spreadsheet.reader';
import { ReplaceTargetsCommand } from './replace-targets.command';

/**
 * Imports a draft's targets from a spreadsheet: all rows or none. A bad row is reported with its
 * number, its column and what to fix, and the targets stay as they were.
 */
@Injectable()
export class ImportTargetsCommand {
  constructor(private readonly replaceTargets: ReplaceTargetsCommand) {}

  async execute(covenantId: string, kind: 'csv' | 'xlsx', body: Buffer): Promise<Covenant> {
    const rows = await readSpreadsheet(kind, body).catch((e: Error) => {
      throw new TargetImportRejected([{
        field: 'file', column: '', vi: `Không đọc được tệp ${kind.toUpperCase()}: hãy lưu lại tệp đúng định dạng rồi tải lên lại`,
        en: `the ${kind.toUpperCase()} file could not be read (${e.message}); save it again in that format and upload it`,
      }]);
    });
    const targets = targetsFromRows(rows);
    return this.replaceTargets.execute(covenantId, targets);
  }
}
