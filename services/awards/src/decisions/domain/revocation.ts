import type { Refusal } from '../../common/domain/awards.errors';

/** An award as the revocation sees it. */
export interface AwardToRevoke {
  id: string;
  status: 'conferred' | 'revoked';
  decisionDate: string;
  decisionNumber: string;
  recipientName: string;
  awardTypeName: string;
}

/**
 * Thu hồi: only by a later decision, only awards still held; every problem is reported, by
 * position in `awardIds`. History is never deleted: a revoked award stays, marked revoked.
 */
export function revocationRefusals(awardIds: string[], found: Map<string, AwardToRevoke>, date: string): Refusal[] {
  const refusals: Refusal[] = [];
  const seen = new Set<string>();
  awardIds.forEach((id, i) => {
    const field = `awardIds[${i}]`;
    const a = found.get(id);
    if (seen.has(id)) {
      refusals.push({
        field,
        code: 'duplicate',
        vi: `Khen thưởng ${id} được ghi hai lần`,
        en: `award ${id} is listed twice`,
      });
      return;
    }
    seen.add(id);
    if (!a) {
      refusals.push({ field, code: 'unknownAward', vi: `Không có khen thưởng mã ${id}`, en: `no award ${id}` });
    } else if (a.status === 'revoked') {
      refusals.push({
        field,
        code: 'alreadyRevoked',
        vi: `“${a.awardTypeName}” của ${a.recipientName} đã bị thu hồi`,
        en: `the ${a.awardTypeName} of ${a.recipientName} is already revoked`,
      });
    } else if (date < a.decisionDate) {
      refusals.push({
        field,
        code: 'revocationBeforeConferment',
        vi: `Quyết định thu hồi (ngày ${date}) phải sau quyết định khen thưởng số ${a.decisionNumber} (ngày ${a.decisionDate})`,
        en: `the revoking decision (${date}) must come after decision ${a.decisionNumber} (${a.decisionDate})`,
      });
    }
  });
  return refusals;
}
