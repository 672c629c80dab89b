import { randomUUID } from 'node:crypto';
import { unitKey } from '../../common/domain/text';
import { InvalidCovenant } from './covenant.errors';
import { cleanText } from '@tdkt/vietnamese';

/** higher: more is better (GRDP growth); lower: less is better (poverty rate, accidents). */
export type Direction = 'higher' | 'lower';
export const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];

/** A chỉ tiêu: what a party commits to, in a unit of measure, with its weight in the score. */
export interface Target {
  id: string;
  name: string;
  unit: string;
  targetValue: number;
  direction: Direction;
  /** 0–100; the weights of a covenant's targets add up to 100 */
  weight: number;
}

export interface TargetInput {
  name: string;
  unit: string;
  targetValue: number;
  direction?: Direction;
  weight: number;
}

export const WEIGHT_TOTAL = 100;
/** a covenant's targets, typed in or imported */
export const MAX_TARGETS = 200;
/** weights like 33,33 + 33,33 + 33,34 must pass; 99 must not */
const WEIGHT_TOLERANCE = 0.01;

/** Checks a set of targets as a whole (names unique, weights 0–100 summing to 100) and gives them ids. */
export function buildTargets(inputs: TargetInput[], field = 'targets'): Target[] {
  const targets = inputs.map((t, i): Target => {
    const at = `${field}[${i}]`;
    if (!cleanText(t.name)) throw new InvalidCovenant(`${at}.name`, 'Hãy nhập tên chỉ tiêu', 'give the target a name');
    if (!cleanText(t.unit))
      throw new InvalidCovenant(
        `${at}.unit`,
        `Chỉ tiêu “${cleanText(t.name)}” thiếu đơn vị tính (%, tỷ đồng, ...)`,
        `target "${cleanText(t.name)}" needs a unit of measure (%, tỷ đồng, ...)`,
      );
    if (!Number.isFinite(t.targetValue) || t.targetValue < 0) {
      throw new InvalidCovenant(
        `${at}.targetValue`,
        `Giá trị chỉ tiêu “${cleanText(t.name)}” phải là số không âm (mức giảm ghi số dương và chọn chiều “lower”)`,
        `target value of "${cleanText(t.name)}" must be a non-negative number (write decreases as positive amounts with direction "lower")`,
      );
    }
    if (!Number.isFinite(t.weight) || t.weight < 0 || t.weight > WEIGHT_TOTAL) {
      throw new InvalidCovenant(
        `${at}.weight`,
        `Trọng số của “${cleanText(t.name)}” phải từ 0 đến 100`,
        `weight of "${cleanText(t.name)}" must be between 0 and 100`,
      );
    }
    return {
      id: randomUUID(),
      name: cleanText(t.name),
      unit: cleanText(t.unit),
      targetValue: t.targetValue,
      direction: t.direction ?? 'higher',
      weight: t.weight,
    };
  });
  const seen = new Map<string, number>();
  targets.forEach((t, i) => {
    const first = seen.get(unitKey(t.name));
    if (first !== undefined)
      throw new InvalidCovenant(
        `${field}[${i}].name`,
        `Chỉ tiêu “${t.name}” trùng với chỉ tiêu thứ ${first + 1}`,
        `target "${t.name}" repeats target ${first + 1}`,
      );
    seen.set(unitKey(t.name), i);
  });
  const total = targets.reduce((sum, t) => sum + t.weight, 0);
  if (targets.length && Math.abs(total - WEIGHT_TOTAL) > WEIGHT_TOLERANCE) {
    const shown = Math.round(total * 100) / 100;
    throw new InvalidCovenant(
      `${field}[].weight`,
      `Tổng trọng số các chỉ tiêu phải bằng 100 (hiện là ${String(shown).replace('.', ',')}); hãy điều chỉnh trọng số`,
      `the targets' weights must add up to 100 (they add up to ${shown}); adjust the weights`,
    );
  }
  return targets;
}
