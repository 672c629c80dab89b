import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFound } from '../common/domain/awards.errors';
import type { AwardType } from './domain/award-type';
import { AwardTypeRepository, type AwardTypeFilter } from './infra/award-type.repository';

/** Read side of the catalog: the dated list, and every version of one code. */
@Injectable()
export class AwardTypeQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly types: AwardTypeRepository,
  ) {}

  list(f: AwardTypeFilter): Promise<{ items: AwardType[]; total: number }> {
    return this.types.list(this.dataSource.manager, f);
  }

  /** Oldest first; a code with no version is a 404. */
  async versions(code: string): Promise<AwardType[]> {
    const versions = await this.types.byCode(this.dataSource.manager, code);
    if (!versions.length) throw new NotFound('award-type', code);
    return versions;
  }
}
