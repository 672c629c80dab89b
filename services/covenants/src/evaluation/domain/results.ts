import type { Covenant } from '../../covenants/domain/covenant';
import { statusVi } from '../../covenants/domain/covenant-status';
import { CovenantRuleBroken, CovenantStateConflict, InvalidCovenant } from '../../covenants/domain/covenant.errors';

/** sơ kết (mid-year self-report) or tổng kết (year-end results, which are scored) */
export type Period = 'mid-year' | 'year-end';
export const PERIODS: readonly Period[] = ['mid-year', 'year-end'];

export interface ResultValue {
  targetId: string;
  actual: number;
  note?: string;
}

/**
 * Checks a member's results before they are recorded: the covenant is the fully signed version in
 * force and not yet evaluated, the party is one of its parties, every target is one of its targets.
 */
export function checkResults(covenant: Covenant, partyId: string, values: ResultValue[]): void {
  const s = covenant.snapshot;
  if (s.status !== 'fully_signed') {
    throw new CovenantStateConflict(
      'resultsClosed',
      `Giao ước ${statusVi(s.status)}: chỉ ghi nhận kết quả cho phiên bản đã ký đủ, đang có hiệu lực và chưa đánh giá`,
      `the covenant is ${s.status.replace('_', ' ')}: results are recorded only for the fully signed version in force, before its evaluation`,
    );
  }
  covenant.party(partyId);
  const known = new Set(s.targets.map((t) => t.id));
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (!known.has(v.targetId)) {
      throw new CovenantRuleBroken(
        'unknownTarget',
        `values[${i}].targetId`,
        `Chỉ tiêu ${v.targetId} không thuộc giao ước này; dùng mã chỉ tiêu (targets[].id) của giao ước`,
        `target ${v.targetId} is not a target of this covenant; use one of the covenant's targets[].id`,
      );
    }
    if (seen.has(v.targetId))
      throw new InvalidCovenant(
        `values[${i}].targetId`,
        'Mỗi chỉ tiêu chỉ ghi một kết quả trong một lần gửi',
        'each target takes one result per request',
      );
    seen.add(v.targetId);
  });
}
