import { compareVietnamese, foldDiacritics, normalizeDashes } from '@tdkt/vietnamese';

/**
 * Protocol order (docs/domain.md#protocol-order) as data: a title that begins with `pattern` gets `rank`
 * (smaller comes first). Patterns are written as people write titles ("Phó Bí thư Thường trực
 * Tỉnh ủy"); matching ignores case, diacritics and the usual abbreviations (BTV, BCH, UBND,
 * HĐND, MTTQ), so "Ủy viên BTV Tỉnh ủy" and "Uỷ viên Ban Thường vụ Tỉnh ủy" are the same title.
 */
export interface PrecedenceRule {
  pattern: string;
  rank: number;
}

export const MAX_RANK = 999;
/** a title no rule matches: after every listed post (exemplary collectives and individuals) */
export const UNMATCHED_RANK = 900;
const TIER = 1_000_000;

export interface RankedPerson {
  name: string;
  titles: readonly string[];
  /** a central guest (Trung ương): first at cluster conferences */
  central?: boolean;
}

export interface RankContext {
  /** cluster conferences seat central guests first */
  centralFirst: boolean;
}

// long forms → the abbreviation, on folded text (no case, no diacritics)
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bban thuong vu\b/g, 'btv'],
  [/\bban chap hanh\b/g, 'bch'],
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\bmat tran to quoc( viet nam)?\b/g, 'mttq'],
  [/\bmttq viet nam\b/g, 'mttq'],
  [/\bdai bieu quoc hoi\b/g, 'dbqh'],
  [/\bhoi dong thi dua\s*-?\s*khen thuong\b/g, 'hdtdkt'],
];

/** The comparable form of a title or pattern: "Ủy viên BTV Tỉnh ủy" → "uy vien btv tinh uy". */
export function titleKey(title: string): string {
  // an en dash typed or pasted ("Ban Thi đua – Khen thưởng") is the hyphen the rules are written with
  let k = foldDiacritics(normalizeDashes(title))
    .replace(/[.,;:()“”"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [re, short] of ABBREVIATIONS) k = k.replace(re, short);
  return k.replace(/\s+/g, ' ').trim();
}

export class PrecedenceTable {
  private readonly keyed: { key: string; rank: number }[];

  constructor(readonly rules: readonly PrecedenceRule[]) {
    // the longest pattern that matches wins: "Phó Bí thư Thường trực" over "Phó Bí thư"
    this.keyed = rules
      .map((r) => ({ key: titleKey(r.pattern), rank: r.rank }))
      .sort((a, b) => b.key.length - a.key.length);
  }

  /** The rank of one title: the most specific rule whose pattern it begins with. */
  rankOf(title: string): number {
    const k = titleKey(title);
    const hit = this.keyed.find((r) => k === r.key || k.startsWith(`${r.key} `));
    return hit ? hit.rank : UNMATCHED_RANK;
  }

  /**
   * A person's precedence, one integer (smaller first): the best of their titles decides; the
   * second best breaks ties, so two members of the Standing Committee are ordered by their state
   * post (Party rank first, then state post, as docs/domain.md#protocol-order says); at cluster conferences
   * central guests come before everyone.
   */
  precedence(p: RankedPerson, ctx: RankContext = { centralFirst: false }): number {
    const ranks = p.titles.map((t) => this.rankOf(t)).sort((a, b) => a - b);
    const best = ranks[0] ?? UNMATCHED_RANK;
    const second = ranks[1] ?? MAX_RANK;
    const tier = ctx.centralFirst && p.central ? 0 : 1;
    return tier * TIER + best * 1000 + second;
  }
}

/** Protocol order: precedence, then the Vietnamese collator on the name (then a stable id). */
export function protocolOrder<T extends { precedence: number; name: string; id?: string }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) =>
      a.precedence - b.precedence || compareVietnamese(a.name, b.name) || (a.id ?? '').localeCompare(b.id ?? ''),
  );
}

/** Rules an organizer sends: patterns present and distinct, ranks within 0…MAX_RANK. */
export function ruleProblems(rules: readonly PrecedenceRule[]): { index: number; vi: string; en: string }[] {
  const seen = new Map<string, number>();
  const problems: { index: number; vi: string; en: string }[] = [];
  rules.forEach((r, index) => {
    const key = titleKey(r.pattern);
    if (!key) problems.push({ index, vi: 'Chức danh không được để trống', en: 'the pattern is empty' });
    else if (seen.has(key)) {
      problems.push({
        index,
        vi: `Chức danh “${r.pattern}” trùng với dòng ${seen.get(key)! + 1}`,
        en: `the pattern "${r.pattern}" repeats row ${seen.get(key)! + 1}`,
      });
    } else seen.set(key, index);
    if (!Number.isInteger(r.rank) || r.rank < 0 || r.rank > MAX_RANK) {
      problems.push({
        index,
        vi: `Thứ bậc phải là số nguyên từ 0 đến ${MAX_RANK}`,
        en: `rank must be an integer from 0 to ${MAX_RANK}`,
      });
    }
  });
  return problems;
}
