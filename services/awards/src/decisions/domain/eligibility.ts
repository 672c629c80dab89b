import { KIND_NAMES, type AwardType, type RecipientKind } from '../../catalog/domain/award-type';

/** An award the registry already holds (not revoked), or one accepted earlier in the same decision. */
export interface HeldAward {
  recipientId: string;
  code: string;
  family: AwardType['family'];
  achievementYear: number;
  achievementKey: string;
}

export interface Candidate {
  recipientId: string;
  kind: RecipientKind;
  name: string;
  hold?: { reason: string };
  awardType: AwardType;
  achievementYear: number;
  achievementKey: string;
  posthumous: boolean;
}

/** A refused rule, before it is tied to a row: `field` is relative to the row (`kind`, `awardType`…). */
export interface RuleRefusal {
  field: string;
  code: string;
  vi: string;
  en: string;
}

/** A Cờ thi đua to a person, a Gia đình văn hóa to a unit: the kind must be allowed for the type. */
export function kindAllowed(c: Candidate): RuleRefusal | undefined {
  if (c.awardType.recipientKinds.includes(c.kind)) return undefined;
  const allowed = c.awardType.recipientKinds.map((k) => KIND_NAMES[k]);
  return {
    field: 'kind',
    code: 'recipientKindNotAllowed',
    vi: `“${c.awardType.name}” chỉ tặng cho ${allowed.map((k) => k.vi).join(', ')}, không tặng cho ${KIND_NAMES[c.kind].vi} (${c.name})`,
    en: `"${c.awardType.name}" is only for ${allowed.map((k) => k.en).join(', ')}, not for ${KIND_NAMES[c.kind].en} (${c.name})`,
  };
}

/** No award while the nominee is under investigation or complaint. */
export function notOnHold(c: Candidate): RuleRefusal | undefined {
  if (!c.hold) return undefined;
  return {
    field: 'recipient',
    code: 'recipientOnHold',
    vi: `${c.name} đang tạm dừng xét khen thưởng (${c.hold.reason}); chỉ khen thưởng sau khi có kết luận`,
    en: `${c.name} is on hold (${c.hold.reason}); no award until the matter is concluded`,
  };
}

/** Truy tặng (posthumous) is for persons only. */
export function posthumousForPersons(c: Candidate): RuleRefusal | undefined {
  if (!c.posthumous || c.kind === 'individual') return undefined;
  return {
    field: 'posthumous',
    code: 'posthumousNotAllowed',
    vi: `Chỉ truy tặng cho cá nhân; ${c.name} là ${KIND_NAMES[c.kind].vi}`,
    en: `only individuals can be awarded posthumously; ${c.name} is one of the ${KIND_NAMES[c.kind].en}`,
  };
}

/**
 * "Không khen nhiều hình thức cho một thành tích": one award form per achievement (same
 * recipient, year and achievement); an emulation title at most once per year.
 */
export function oneFormPerAchievement(c: Candidate, held: HeldAward[]): RuleRefusal | undefined {
  const mine = held.filter((h) => h.recipientId === c.recipientId && h.achievementYear === c.achievementYear);
  if (c.awardType.family === 'award-form') {
    const other = mine.find((h) => h.family === 'award-form' && h.achievementKey === c.achievementKey);
    if (!other) return undefined;
    return {
      field: 'awardType',
      code: 'oneAchievementOneForm',
      vi: `${c.name} đã được khen thưởng (${other.code}) cho cùng thành tích năm ${c.achievementYear}; không khen nhiều hình thức cho một thành tích`,
      en: `${c.name} was already awarded (${other.code}) for the same achievement of ${c.achievementYear}; one achievement earns one award form`,
    };
  }
  if (!mine.some((h) => h.code === c.awardType.code)) return undefined;
  return {
    field: 'awardType',
    code: 'titleAlreadyHeld',
    vi: `${c.name} đã được tặng danh hiệu “${c.awardType.name}” năm ${c.achievementYear}`,
    en: `${c.name} already holds the title "${c.awardType.name}" for ${c.achievementYear}`,
  };
}

/**
 * Title chains, from the registry's own history: Chiến sĩ thi đua cấp tỉnh needs 3 consecutive
 * years of Chiến sĩ thi đua cơ sở; toàn quốc needs 2 consecutive provincial titles.
 */
export function chainSatisfied(
  c: Candidate,
  held: HeldAward[],
  nameOf: (code: string) => string,
): RuleRefusal | undefined {
  const pre = c.awardType.prerequisite;
  if (!pre) return undefined;
  const years = [
    ...new Set(
      held.filter((h) => h.recipientId === c.recipientId && h.code === pre.code).map((h) => h.achievementYear),
    ),
  ]
    .filter((y) => y <= c.achievementYear)
    .sort((a, b) => b - a);
  const run = consecutiveRunEndingRecently(years, c.achievementYear, pre.maxGapYears);
  if (run >= pre.times) return undefined;
  const preName = nameOf(pre.code);
  const found = years.length ? years.slice().reverse().join(', ') : 'không có / none';
  return {
    field: 'awardType',
    code: 'titleChainIncomplete',
    vi: `“${c.awardType.name}” cần ${pre.times} lần liên tục đạt “${preName}”; ${c.name} có ${run} lần liên tục (các năm: ${found})`,
    en: `"${c.awardType.name}" needs ${pre.times} consecutive "${preName}" titles; ${c.name} has ${run} in a row (years: ${found})`,
  };
}

/** Years newest first: the length of the run that ends within maxGap of `year`, each step ≤ maxGap. */
function consecutiveRunEndingRecently(yearsDesc: number[], year: number, maxGap: number): number {
  if (yearsDesc.length === 0 || year - yearsDesc[0]! > maxGap) return 0;
  let run = 1;
  for (let i = 1; i < yearsDesc.length && yearsDesc[i - 1]! - yearsDesc[i]! <= maxGap; i++) run++;
  return run;
}

/** Every rule, in the order a clerk would fix them; all refusals of one candidate. */
export function refusalsFor(c: Candidate, held: HeldAward[], nameOf: (code: string) => string): RuleRefusal[] {
  return [
    kindAllowed(c),
    notOnHold(c),
    posthumousForPersons(c),
    oneFormPerAchievement(c, held),
    chainSatisfied(c, held, nameOf),
  ].filter((r): r is RuleRefusal => r !== undefined);
}
