import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReadModelRepository } from '../read-model/infra/read-model.repository';
import type { DraftState } from './domain/draft';
import { conferenceSources, covenantSources, paragraphProvenance } from './domain/provenance';

/**
 * What each paragraph of a draft was written from, as facts: the events its `sources` name,
 * looked up in the read model of its subject (the covenant of a signing draft, else the conference).
 */
@Injectable()
export class DraftProvenanceQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readModel: ReadModelRepository,
  ) {}

  async of(d: DraftState) {
    const m = this.dataSource.manager;
    const facts =
      d.kind === 'covenant-signing'
        ? covenantSources(
            (await this.readModel.covenant(m, d.subjectId)) ?? { covenantId: d.subjectId, signatures: {} },
          )
        : conferenceSources(await this.readModel.file(m, d.subjectId));
    return paragraphProvenance(d, facts);
  }
}
