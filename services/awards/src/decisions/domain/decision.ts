import { randomUUID } from 'node:crypto';
import { cleanText, foldDiacritics } from '@tdkt/vietnamese';
import { isValidOn, type AwardType, type RecipientKind } from '../../catalog/domain/award-type';
import { identityKey, normalizeDetails, type Recipient } from '../../recipients/domain/recipient';
import { DecisionRefused, type Refusal } from '../../common/domain/awards.errors';
import { refusalsFor, type HeldAward } from './eligibility';

export interface Signer {
  name: string;
  titles: string[];
}

/** A quyết định: "Quyết định số 231/QĐ-TTg ngày 05 tháng 02 năm 2024 của Thủ tướng Chính phủ". */
export interface DecisionHeader {
  number: string;
  /** ISO date (YYYY-MM-DD) */
  date: string;
  authority: string;
  signer: Signer;
  reason?: string;
  conferenceId?: string;
}

/** Where a line came from, to name it in a refusal: `recipients[3]` / "Người nhận thứ 4", `rows[12]` / "Dòng 12". */
export interface LineRef {
  field: string;
  vi: string;
  en: string;
}

export interface RecipientLine {
  ref: LineRef;
  recipientId?: string;
  kind: RecipientKind;
  name: string;
  titles?: string[];
  unit?: string;
  /** a catalog code (BANG_KHEN_THU_TUONG) or its name ("Bằng khen của Thủ tướng Chính phủ") */
  awardType: string;
  achievement?: string;
  achievementYear?: number;
  posthumous?: boolean;
}

export interface PlannedAward {
  id: string;
  ref: LineRef;
  recipient: Recipient;
  awardType: AwardType;
  achievementYear: number;
  achievementKey: string;
  achievement?: string;
  posthumous: boolean;
}

export interface DecisionPlan {
  id: string;
  header: DecisionHeader;
  year: number;
  awards: PlannedAward[];
  /** recipients met for the first time: they get their stable id now */
  newRecipients: Recipient[];
}

/** What the registry already knows, loaded by the command before planning. */
export interface PlanContext {
  catalog: AwardType[];
  /** existing recipients, by id and by identity key */
  recipientsById: Map<string, Recipient>;
  recipientsByIdentity: Map<string, Recipient>;
  /** their awards that were not revoked */
  held: HeldAward[];
}

export const decisionYear = (date: string): number => Number(date.slice(0, 4));
/** Decision numbers compare without case and spaces: "231/QĐ-TTg" = "231 / qđ-ttg". */
export const numberKey = (n: string): string => cleanText(n).replace(/\s+/g, '').toLocaleUpperCase('vi');
export const authorityKey = (a: string): string => foldDiacritics(cleanText(a));
const achievementKeyOf = (text: string | undefined): string => foldDiacritics(cleanText(text ?? ''));

/** The type a line names (code or name, any case and diacritics) in the version valid on the date. */
export function findAwardType(catalog: AwardType[], ref: string, date: string): { type?: AwardType; known: boolean } {
  const wanted = ref.trim();
  const byCode = catalog.filter((t) => t.code.toUpperCase() === wanted.toUpperCase());
  const matches = byCode.length
    ? byCode
    : catalog.filter((t) => foldDiacritics(t.name) === foldDiacritics(cleanText(wanted)));
  return { type: matches.find((t) => isValidOn(t, date)), known: matches.length > 0 };
}

/**
 * Resolves every line (award type valid on the decision's date, recipient by id or identity)
 * and applies every eligibility rule, lines in order, each seeing the ones accepted before it.
 * Refuses the whole decision with every problem found, or returns what to record.
 */
export function planDecision(header: DecisionHeader, lines: RecipientLine[], ctx: PlanContext): DecisionPlan {
  const refusals: Refusal[] = [];
  const refuse = (ref: LineRef, field: string, code: string, vi: string, en: string) =>
    refusals.push({ field: `${ref.field}.${field}`, code, vi: `${ref.vi}: ${vi}`, en: `${ref.en}: ${en}` });
  const year = decisionYear(header.date);
  const held = [...ctx.held];
  const newByIdentity = new Map<string, Recipient>();
  const awards: PlannedAward[] = [];
  const nameOf = (code: string) => ctx.catalog.find((t) => t.code === code)?.name ?? code;

  for (const line of lines) {
    const { type, known } = findAwardType(ctx.catalog, line.awardType, header.date);
    if (!type) {
      if (known) {
        refuse(
          line.ref,
          'awardType',
          'awardTypeNotValidOnDate',
          `hình thức “${line.awardType}” không còn (hoặc chưa) áp dụng vào ngày ${header.date} của quyết định`,
          `award type "${line.awardType}" is not valid on the decision's date ${header.date}`,
        );
      } else {
        refuse(
          line.ref,
          'awardType',
          'unknownAwardType',
          `không có hình thức khen thưởng “${line.awardType}” trong danh mục; dùng mã (vd. BANG_KHEN_THU_TUONG) hoặc đúng tên`,
          `unknown award type "${line.awardType}"; use a catalog code (e.g. BANG_KHEN_THU_TUONG) or its exact name`,
        );
      }
      continue;
    }
    const recipient = resolveRecipient(line, ctx, newByIdentity);
    if ('refusal' in recipient) {
      refuse(line.ref, 'recipientId', recipient.refusal.code, recipient.refusal.vi, recipient.refusal.en);
      continue;
    }
    const achievementYear = line.achievementYear ?? year;
    const achievement = cleanText(line.achievement ?? '') || undefined;
    // the row's own achievement, else the decision's reason: two decisions for two different
    // achievements of one year are both allowed, the same achievement twice is not
    const achievementKey = achievementKeyOf(achievement ?? header.reason);
    if (achievementYear > year) {
      refuse(
        line.ref,
        'achievementYear',
        'achievementInFuture',
        `năm thành tích ${achievementYear} sau năm của quyết định (${year})`,
        `achievement year ${achievementYear} is after the decision's year ${year}`,
      );
      continue;
    }
    const candidate = {
      recipientId: recipient.id,
      kind: line.kind,
      name: recipient.name,
      hold: recipient.hold,
      awardType: type,
      achievementYear,
      achievementKey,
      posthumous: line.posthumous ?? false,
    };
    const problems = refusalsFor(candidate, held, nameOf);
    for (const p of problems) refuse(line.ref, p.field, p.code, p.vi, p.en);
    if (problems.length) continue;
    held.push({ recipientId: recipient.id, code: type.code, family: type.family, achievementYear, achievementKey });
    awards.push({
      id: randomUUID(),
      ref: line.ref,
      recipient,
      awardType: type,
      achievementYear,
      achievementKey,
      achievement,
      posthumous: candidate.posthumous,
    });
  }
  if (refusals.length) throw new DecisionRefused(refusals);
  return { id: randomUUID(), header, year, awards, newRecipients: [...newByIdentity.values()] };
}

function resolveRecipient(
  line: RecipientLine,
  ctx: PlanContext,
  created: Map<string, Recipient>,
): Recipient | { refusal: { code: string; vi: string; en: string } } {
  if (line.recipientId) {
    const known = ctx.recipientsById.get(line.recipientId);
    if (!known) {
      return {
        refusal: {
          code: 'unknownRecipient',
          vi: `không có đối tượng mã ${line.recipientId}`,
          en: `no recipient ${line.recipientId}`,
        },
      };
    }
    if (known.kind !== line.kind) {
      return {
        refusal: {
          code: 'recipientKindMismatch',
          vi: `đối tượng ${known.name} đã đăng ký là loại khác`,
          en: `recipient ${known.name} is registered with another kind (${known.kind})`,
        },
      };
    }
    return known;
  }
  const details = normalizeDetails(line);
  const key = identityKey(details);
  const existing = ctx.recipientsByIdentity.get(key) ?? created.get(key);
  if (existing) return existing;
  const fresh: Recipient = {
    id: randomUUID(),
    kind: details.kind,
    name: details.name,
    titles: details.titles ?? [],
    unit: details.unit,
  };
  created.set(key, fresh);
  return fresh;
}
