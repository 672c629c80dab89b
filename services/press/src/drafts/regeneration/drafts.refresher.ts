import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ConferenceFile } from '../../read-model/domain/conference-file';
import { conferenceView } from '../../read-model/domain/conference-facts';
import type { Subject } from '../../read-model/domain/subject';
import { ReadModelRepository } from '../../read-model/infra/read-model.repository';
import { writeAwardAnnouncement } from '../domain/award-announcement.writer';
import { writeConferenceReport } from '../domain/conference-report.writer';
import { covenantTarget, writeCovenantSigningDraft } from '../domain/covenant-signing.writer';
import type { DraftState } from '../domain/draft';
import { DraftWriter } from '../draft.writer';

/**
 * Rewrites a subject's drafts from the read model — the one place drafts are generated (the
 * regenerator and the rebuild both come here): for a conference, the award announcement once
 * awards are known and the full report once it has concluded (and after, kept current); for a
 * covenant, its signing news once fully signed.
 */
@Injectable()
export class DraftsRefresher {
  constructor(
    private readonly readModel: ReadModelRepository,
    private readonly writer: DraftWriter,
  ) {}

  refresh(m: EntityManager, s: Subject): Promise<DraftState[]> {
    return s.kind === 'covenant' ? this.covenant(m, s.id) : this.conference(m, s.id);
  }

  private async conference(m: EntityManager, conferenceId: string): Promise<DraftState[]> {
    const file = await this.readModel.file(m, conferenceId);
    const view = conferenceView(file.conference);
    if (!view) return []; // its facts wait for the conference itself
    const organizations = [view.organizer.organizationId, view.organizer.name].filter((x): x is string => !!x);
    const tenant = await this.readModel.tenantOf(m, { kind: 'conference', id: conferenceId });
    const out: DraftState[] = [];
    const awards = writeAwardAnnouncement(file);
    if (awards)
      out.push(
        await this.writer.write(
          m,
          { kind: 'award-announcement', subjectId: conferenceId, organizations, tenant },
          awards,
        ),
      );
    if (reportDue(file)) {
      const report = writeConferenceReport(file);
      if (report)
        out.push(
          await this.writer.write(
            m,
            { kind: 'conference-report', subjectId: conferenceId, organizations, tenant },
            report,
          ),
        );
    }
    return out;
  }

  private async covenant(m: EntityManager, covenantId: string): Promise<DraftState[]> {
    // the signing that won in the read model: a late, older signing cannot roll the draft back
    const signed = (await this.readModel.covenant(m, covenantId))?.signed;
    if (!signed) return [];
    return [
      await this.writer.write(
        m,
        {
          ...covenantTarget(signed.data),
          tenant: await this.readModel.tenantOf(m, { kind: 'covenant', id: covenantId }),
        },
        writeCovenantSigningDraft(signed.data, signed.eventId),
        signed.eventId,
      ),
    ];
  }
}

const reportDue = (f: ConferenceFile): boolean => !!f.conference.concluded && !f.conference.cancelled;
