import { validateAgainst } from '@tdkt/service-kit';
import type { TargetCheck } from '../domain/target-rows';
import { TargetInput } from './target.input';

/** An imported target checked by the JSON body's own DTO: the same lengths and ranges. */
export const checkTargetRow: TargetCheck = (t) =>
  validateAgainst(TargetInput, t).map((f) => ({ field: f.field, vi: f.reason.vi, en: f.reason.en }));
