import { compareVietnamese } from '@tdkt/vietnamese';

/** cá nhân, tập thể, hộ gia đình */
export const RECIPIENT_KINDS = ['individual', 'collective', 'household'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** danh hiệu thi đua (emulation title) or hình thức khen thưởng (award form) */
export const AWARD_FAMILIES = ['emulation-title', 'award-form'] as const;
export type AwardFamily = (typeof AWARD_FAMILIES)[number];

/**
 * How the press announces it: a named title in quotes ("được tặng danh hiệu “Nhà giáo ưu tú”")
 * or an object received ("nhận Bằng khen của Thủ tướng Chính phủ").
 */
export type AnnounceAs = 'title' | 'object';

/**
 * A chain of titles: this type needs `times` earlier titles `code` in a row, each at most
 * `maxGapYears` after the previous one, the last at most `maxGapYears` before the achievement
 * year (Chiến sĩ thi đua cấp tỉnh: 3 × cơ sở, gap 1; toàn quốc: 2 × cấp tỉnh, gap 3).
 */
export interface Prerequisite {
  code: string;
  times: number;
  maxGapYears: number;
}

/** One award type of the catalog, valid on [validFrom, validTo) (ISO dates). */
export interface AwardType {
  id: string;
  code: string;
  name: string;
  family: AwardFamily;
  conferringAuthority: string;
  recipientKinds: RecipientKind[];
  /** smaller is higher: Huân chương Sao vàng first */
  rank: number;
  legalBasis: string;
  validFrom: string;
  validTo?: string;
  /** "Chủ tịch nước" / "Thủ tướng Chính phủ": the presenter acts "thừa ủy quyền của …" */
  presentedOnBehalfOf?: string;
  announceAs: AnnounceAs;
  prerequisite?: Prerequisite;
  /** an organization's own type (a provincial badge); undefined for the law's catalog */
  organization?: string;
  /** the owning organization of a local type (`province:ha-giang`); undefined for the law's catalog */
  tenant?: string;
}

export const KIND_NAMES: Record<RecipientKind, { vi: string; en: string }> = {
  individual: { vi: 'cá nhân', en: 'individuals' },
  collective: { vi: 'tập thể', en: 'collectives' },
  household: { vi: 'hộ gia đình', en: 'households' },
};

/** ISO dates (YYYY-MM-DD) compare as strings. */
export const isValidOn = (t: Pick<AwardType, 'validFrom' | 'validTo'>, date: string): boolean =>
  t.validFrom <= date && (t.validTo === undefined || date < t.validTo);

/** Highest rank first; equal ranks in Vietnamese alphabetical order. */
export const byRank = (a: Pick<AwardType, 'rank' | 'name'>, b: Pick<AwardType, 'rank' | 'name'>): number =>
  a.rank - b.rank || compareVietnamese(a.name, b.name);

/** Two periods [from, to) overlap (an open end is +∞). */
export function periodsOverlap(
  a: Pick<AwardType, 'validFrom' | 'validTo'>,
  b: Pick<AwardType, 'validFrom' | 'validTo'>,
): boolean {
  const aEndsAfterBStarts = a.validTo === undefined || a.validTo > b.validFrom;
  const bEndsAfterAStarts = b.validTo === undefined || b.validTo > a.validFrom;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}
