import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import { conferenceView } from '../../read-model/domain/conference-facts';
import { ReadModelRepository } from '../../read-model/infra/read-model.repository';
import { writeAwardAnnouncement } from '../domain/award-announcement.writer';
import { writeConferenceReport } from '../domain/conference-report.writer';
import type { DraftState } from '../domain/draft';
import { DraftWriter } from '../draft.writer';

/**
 * Rewrites a conference's drafts from its read model: the award announcement once awards are
 * known, the full report once the conference has concluded (and after, kept current).
 */
@Injectable()
export class ConferenceDraftsRefresher {
  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly writer: DraftWriter,
  ) {}

  async refresh(m: EntityManager, conferenceId: string): Promise<DraftState[]> {
    const file = await this.readModel.file(m, conferenceId);
    const view = conferenceView(file.conference);
    if (!view) return []; // its facts wait for the conference itself
    const organizations = [view.organizer.organizationId, view.organizer.name].filter((x): x is string => !!x);
    const out: DraftState[] = [];
    const awards = writeAwardAnnouncement(file);
    if (awards) out.push(await this.writer.write(m, { kind: 'award-announcement', subjectId: conferenceId, organizations }, awards));
    if (reportDue(file)) {
      const report = writeConferenceReport(file);
      if (report) out.push(await this.writer.write(m, { kind: 'conference-report', subjectId: conferenceId, organizations }, report));
    }
    return out;
  }
}

const reportDue = (f: ConferenceFile): boolean => !!f.conference.concluded && !f.conference.cancelled;
