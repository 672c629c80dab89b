import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DraftState } from './domain/draft';
import { DraftRecord, DraftTransitionRecord, DraftVersionRecord } from './infra/draft.records';
import { toState } from './infra/draft.repository';
import { inScope } from '../coverage/domain/coverage';

export interface DraftListFilter {
  kind?: string;
  subjectId?: string;
  status?: string;
  newFacts?: boolean;
  page: number;
  pageSize: number;
}

/** The tenants whose drafts the caller sees; `null`: all (admin). */
export type DraftScope = readonly string[] | null;

@Injectable()
export class DraftQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(f: DraftListFilter, scope: DraftScope): Promise<{ items: DraftState[]; total: number }> {
    const qb = this.dataSource.getRepository(DraftRecord).createQueryBuilder('d');
    if (scope !== null) qb.andWhere('d.tenant = ANY(:scope)', { scope: [...scope] });
    if (f.kind) qb.andWhere('d.kind = :kind', { kind: f.kind });
    if (f.subjectId) qb.andWhere('d.subject_id = :subjectId', { subjectId: f.subjectId });
    if (f.status) qb.andWhere('d.status = :status', { status: f.status });
    if (f.newFacts !== undefined) qb.andWhere(f.newFacts ? 'd.pending IS NOT NULL' : 'd.pending IS NULL');
    const [records, total] = await qb
      .orderBy('d.generated_at', 'DESC')
      .addOrderBy('d.id')
      .skip((f.page - 1) * f.pageSize)
      .take(f.pageSize)
      .getManyAndCount();
    return { items: records.map(toState), total };
  }

  /** The draft, if the caller may see it: another tenant's draft is answered like a missing one. */
  async get(id: string, scope: DraftScope): Promise<DraftState | undefined> {
    const r = await this.dataSource.getRepository(DraftRecord).findOneBy({ id });
    return r && inScope(scope, r.tenant) ? toState(r) : undefined;
  }

  versions(draftId: string, page = 1, pageSize = 100): Promise<[DraftVersionRecord[], number]> {
    return this.dataSource
      .getRepository(DraftVersionRecord)
      .findAndCount({ where: { draftId }, order: { version: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
  }

  version(draftId: string, version: number): Promise<DraftVersionRecord | null> {
    return this.dataSource.getRepository(DraftVersionRecord).findOneBy({ draftId, version });
  }

  transitions(draftId: string, page: number, pageSize: number): Promise<[DraftTransitionRecord[], number]> {
    return this.dataSource
      .getRepository(DraftTransitionRecord)
      .findAndCount({ where: { draftId }, order: { id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
  }
}
