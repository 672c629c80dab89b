import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { AwardConferred, DecisionIssued } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import { AwardTypeRepository } from '../catalog/infra/award-type.repository';
import type { Acting } from '../common/domain/acting';
import { Conflict, DecisionRefused, DuplicateDecision, type Refusal } from '../common/domain/awards.errors';
import { ConferenceRepository } from '../conferences/infra/conference.repository';
import { identityKey, normalizeDetails } from '../recipients/domain/recipient';
import { RecipientRepository } from '../recipients/infra/recipient.repository';
import { announcement, countByType, type AwardCount } from './domain/award-counts';
import {
  decisionYear,
  planDecision,
  type DecisionHeader,
  type DecisionPlan,
  type RecipientLine,
} from './domain/decision';
import { awardConferredData, decisionIssuedData } from './decision.events';
import { DecisionRepository, type DecisionSource } from './infra/decision.repository';

export interface IssuedDecision {
  plan: DecisionPlan;
  counts: AwardCount[];
  announcement: string;
}

/**
 * Records a signed decision and issues it: the decision, its recipients met for the first time,
 * one award per line, `decision-issued` and one `award-conferred` per award, all in one
 * transaction. Every line is checked first; one refused line refuses the whole decision.
 */
@Injectable()
export class IssueDecisionCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly types: AwardTypeRepository,
    private readonly recipients: RecipientRepository,
    private readonly decisions: DecisionRepository,
    private readonly conferences: ConferenceRepository,
    private readonly outbox: Outbox,
  ) {}

  /** `earlierRefusals`: rows a reader already refused (a spreadsheet's unreadable cells), reported together. */
  execute(
    header: DecisionHeader,
    lines: RecipientLine[],
    source: DecisionSource,
    acting: Acting,
    earlierRefusals: Refusal[] = [],
  ): Promise<IssuedDecision> {
    return this.dataSource.transaction((manager) =>
      this.issueIn(manager, header, lines, source, acting, earlierRefusals),
    );
  }

  /** The same, in the caller's transaction (a proposal confirmed into a decision). */
  async issueIn(
    manager: EntityManager,
    header: DecisionHeader,
    lines: RecipientLine[],
    source: DecisionSource,
    acting: Acting,
    earlierRefusals: Refusal[] = [],
  ): Promise<IssuedDecision> {
    const year = decisionYear(header.date);
    const existing = await this.decisions.lockNumber(manager, header, year);
    // the existing decision's id only to its own tenant: another's stays unnamed
    if (existing)
      throw new DuplicateDecision(
        header.number,
        header.authority,
        year,
        existing.tenant === acting.tenant ? existing.id : undefined,
      );
    await this.checkConference(manager, header.conferenceId);

    const catalog = await this.types.all(manager, acting.tenant);
    const ids = [...new Set(lines.flatMap((l) => (l.recipientId ? [l.recipientId] : [])))];
    const keys = [...new Set(lines.flatMap((l) => (l.recipientId ? [] : [identityKey(normalizeDetails(l))])))];
    const byId = await this.recipients.byIds(manager, ids, true);
    const byIdentity = await this.recipients.byIdentities(manager, keys);
    const known = [...byId, ...byIdentity.values()];
    const held = await this.decisions.heldAwards(manager, [...new Set(known.map((r) => r.id))]);

    let plan: DecisionPlan;
    try {
      plan = planDecision(header, lines, {
        catalog,
        recipientsById: new Map(byId.map((r) => [r.id, r])),
        recipientsByIdentity: byIdentity,
        held,
      });
    } catch (e) {
      if (e instanceof DecisionRefused && earlierRefusals.length)
        throw new DecisionRefused(sortByRow([...earlierRefusals, ...e.refusals]));
      throw e;
    }
    if (earlierRefusals.length) throw new DecisionRefused(earlierRefusals);

    await this.recipients.insertMany(manager, plan.newRecipients);
    await this.decisions.insertDecision(
      manager,
      plan.id,
      header,
      year,
      'conferment',
      source,
      plan.awards.length,
      acting,
    );
    await this.decisions.insertAwards(manager, plan);
    const counts = countByType(plan.awards.map((a) => ({ awardType: a.awardType, kind: a.recipient.kind })));
    await this.outbox.add(manager, DecisionIssued, {
      subject: plan.id,
      data: decisionIssuedData(plan, counts),
      tenant: acting.tenant,
    });
    await this.outbox.addMany(
      manager,
      AwardConferred,
      plan.awards.map((a) => ({ subject: a.id, data: awardConferredData(plan, a), tenant: acting.tenant })),
    );
    return { plan, counts, announcement: announcement(counts) };
  }

  private async checkConference(manager: EntityManager, conferenceId: string | undefined): Promise<void> {
    if (!conferenceId) return;
    // an unknown conference is accepted: the agenda's events may not have arrived yet
    const conference = await this.conferences.find(manager, conferenceId);
    if (conference?.cancelled) {
      throw new Conflict(
        'conference-cancelled',
        `Hội nghị ${conference.title ? `“${conference.title}” ` : ''}đã bị hủy (${conference.cancelled.reason}); hãy chọn hội nghị khác để trao thưởng`,
        `the conference ${conference.title ?? conferenceId} was cancelled (${conference.cancelled.reason}); choose another one for the presentation`,
        'conferenceId',
      );
    }
  }
}

/** rows[12].kind before rows[103].name: refusals in the order of the file. */
function sortByRow(refusals: Refusal[]): Refusal[] {
  const row = (f: string) => Number(/\[(\d+)\]/.exec(f)?.[1] ?? 0);
  return [...refusals].sort((a, b) => row(a.field) - row(b.field));
}
