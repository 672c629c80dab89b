import { cleanText, foldDiacritics } from '@tdkt/vietnamese';
import type { RecipientKind } from '../../catalog/domain/award-type';

/** A person, a collective (a unit, with its parent unit) or a household, with a stable id. */
export interface Recipient {
  id: string;
  kind: RecipientKind;
  name: string;
  titles: string[];
  /** where a person works; the parent unit of a collective; the commune of a household */
  unit?: string;
  hold?: { reason: string; since: Date };
}

export interface RecipientDetails {
  kind: RecipientKind;
  name: string;
  titles?: string[];
  unit?: string;
}

/**
 * The identity of a recipient who comes without an id (a spreadsheet row): kind, name and unit,
 * case-insensitive but with diacritics (Hà and Hạ are different people), so the same person
 * imported year after year has one history.
 */
export function identityKey(r: Pick<RecipientDetails, 'kind' | 'name' | 'unit'>): string {
  const k = (s: string | undefined) => cleanText(s ?? '').toLocaleLowerCase('vi');
  return `${r.kind}|${k(r.name)}|${k(r.unit)}`;
}

/** The search key: no case, no diacritics ("Nguyễn Thị Hà" is found by "nguyen thi ha"). */
export const searchKey = (s: string | undefined): string => foldDiacritics(cleanText(s ?? ''));

export function normalizeDetails(r: RecipientDetails): RecipientDetails {
  const unit = r.unit === undefined ? undefined : cleanText(r.unit) || undefined;
  return { kind: r.kind, name: cleanText(r.name), titles: (r.titles ?? []).map(cleanText).filter(Boolean), unit };
}
