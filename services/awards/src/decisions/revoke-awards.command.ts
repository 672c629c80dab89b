import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AwardRevoked, type AwardRevokedData } from '@tdkt/contracts';
import { Outbox } from '@tdkt/messaging';
import type { Acting, Visible } from '../common/domain/acting';
import { DecisionRefused, DuplicateDecision } from '../common/domain/awards.errors';
import { decisionYear, type DecisionHeader } from './domain/decision';
import { revocationRefusals } from './domain/revocation';
import { decisionRef } from './decision.events';
import { DecisionRepository, type AwardRow } from './infra/decision.repository';

export interface Revocation {
  decisionId: string;
  header: DecisionHeader;
  revoked: AwardRevokedData[];
}

/**
 * Thu hồi by a later decision: the revoking decision is recorded, each award is marked revoked
 * (never deleted) and `award-revoked` goes out per award, in one transaction.
 */
@Injectable()
export class RevokeAwardsCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: DecisionRepository,
    private readonly outbox: Outbox,
  ) {}

  /** `visible`: awards of decisions the caller may not see are unknown to them (the same refusal). */
  execute(
    header: DecisionHeader & { reason: string },
    awardIds: string[],
    acting: Acting,
    visible: Visible,
  ): Promise<Revocation> {
    return this.dataSource.transaction(async (manager) => {
      const year = decisionYear(header.date);
      const existing = await this.decisions.lockNumber(manager, header, year);
      if (existing)
        throw new DuplicateDecision(
          header.number,
          header.authority,
          year,
          existing.tenant === acting.tenant ? existing.id : undefined,
        );
      const found = await this.decisions.forRevocation(manager, awardIds, visible);
      const refusals = revocationRefusals(awardIds, found, header.date);
      if (refusals.length) throw new DecisionRefused(refusals);

      const id = randomUUID();
      await this.decisions.insertDecision(manager, id, header, year, 'revocation', 'api', awardIds.length, acting);
      await this.decisions.markRevoked(manager, awardIds, id, header.reason, acting);
      const revoked = awardIds.map((awardId) => revokedData(found.get(awardId)!.row, id, header));
      await this.outbox.addMany(
        manager,
        AwardRevoked,
        // the award's owner: the tenant of the decision that conferred it
        revoked.map((data) => ({
          subject: data.awardId,
          data,
          tenant: found.get(data.awardId)!.row.decision_tenant ?? acting.tenant,
        })),
      );
      return { decisionId: id, header, revoked };
    });
  }
}

function revokedData(r: AwardRow, decisionId: string, header: DecisionHeader & { reason: string }): AwardRevokedData {
  return {
    awardId: r.id,
    awardType: {
      code: r.type_code,
      name: r.type_name,
      family: r.type_family,
      rank: r.type_rank,
      conferringAuthority: r.type_authority,
    },
    recipient: {
      recipientId: r.recipient_id,
      kind: r.recipient_kind,
      name: r.recipient_name,
      ...(r.recipient_titles.length ? { titles: r.recipient_titles } : {}),
      ...(r.recipient_unit ? { unit: r.recipient_unit } : {}),
      ...(r.posthumous ? { posthumous: true } : {}),
    },
    revokingDecision: decisionRef(decisionId, header),
    reason: header.reason,
    ...(r.conference_id ? { conferenceId: r.conference_id } : {}),
  };
}
