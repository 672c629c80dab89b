import type { AwardType } from '../../catalog/domain/award-type';
import { LAW_2022_CATALOG } from '../../catalog/domain/law-2022.catalog';
import type { Recipient } from '../../recipients/domain/recipient';
import { identityKey } from '../../recipients/domain/recipient';
import { DecisionRefused } from '../../common/domain/awards.errors';
import {
  findAwardType,
  numberKey,
  planDecision,
  type DecisionHeader,
  type PlanContext,
  type RecipientLine,
} from './decision';

const catalog: AwardType[] = LAW_2022_CATALOG.map((s) => ({ ...s, id: s.code }));
const header: DecisionHeader = {
  number: '231/QĐ-UBND',
  date: '2024-02-05',
  authority: 'Chủ tịch UBND tỉnh Hà Giang',
  signer: { name: 'Nguyễn Văn Sơn', titles: ['Chủ tịch UBND tỉnh'] },
  reason: 'Đã có thành tích xuất sắc năm 2023',
};
const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({
  catalog,
  recipientsById: new Map(),
  recipientsByIdentity: new Map(),
  held: [],
  ...over,
});
const line = (i: number, over: Partial<RecipientLine> = {}): RecipientLine => ({
  ref: { field: `rows[${i}]`, vi: `Dòng ${i}`, en: `row ${i}` },
  kind: 'individual',
  name: `Người số ${i}`,
  unit: 'Sở Nội vụ',
  awardType: 'BANG_KHEN_CHU_TICH_UBND_TINH',
  ...over,
});
const refusalsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DecisionRefused) return e.refusals;
    throw e;
  }
  throw new Error('not refused');
};

describe('planning a decision', () => {
  it('gives new recipients a stable id and meets the same person twice as one recipient', () => {
    const plan = planDecision(header, [line(2), line(3, { name: 'Người  số 2', awardType: 'CSTD_CO_SO' })], ctx());
    expect(plan.newRecipients).toHaveLength(1);
    expect(plan.awards[0]!.recipient.id).toBe(plan.awards[1]!.recipient.id);
    expect(plan.year).toBe(2024);
  });

  it('finds types by code or by name, without case or diacritics, in the version valid on the date', () => {
    expect(findAwardType(catalog, 'bang_khen_thu_tuong', '2024-05-01').type?.code).toBe('BANG_KHEN_THU_TUONG');
    expect(findAwardType(catalog, 'Bang khen cua Thu tuong Chinh phu', '2024-05-01').type?.code).toBe(
      'BANG_KHEN_THU_TUONG',
    );
    expect(findAwardType(catalog, 'GIAY_KHEN_CHU_TICH_UBND_HUYEN', '2025-08-01')).toEqual({
      type: undefined,
      known: true,
    });
  });

  it('refuses unknown types and types not valid on the date, naming the row', () => {
    const refusals = refusalsOf(() =>
      planDecision(
        { ...header, date: '2025-08-01' },
        [
          line(2, { awardType: 'Huân chương Mặt Trăng' }),
          line(3, { awardType: 'GIAY_KHEN_CHU_TICH_UBND_HUYEN' }),
          line(4),
        ],
        ctx(),
      ),
    );
    expect(refusals.map((r) => [r.field, r.code])).toEqual([
      ['rows[2].awardType', 'unknownAwardType'],
      ['rows[3].awardType', 'awardTypeNotValidOnDate'],
    ]);
    expect(refusals[0]!.vi).toMatch(/^Dòng 2: không có hình thức khen thưởng “Huân chương Mặt Trăng”/);
  });

  it('reports every refused row, and records nothing', () => {
    const refusals = refusalsOf(() =>
      planDecision(
        header,
        [
          line(2),
          line(3, { awardType: 'CO_THI_DUA_UBND_TINH' }),
          line(4),
          line(5, { kind: 'household', awardType: 'CSTD_CO_SO' }),
        ],
        ctx(),
      ),
    );
    expect(refusals.map((r) => r.field)).toEqual(['rows[3].kind', 'rows[5].kind']);
  });

  it('applies one achievement one form inside the decision, and against the history', () => {
    const known: Recipient = { id: 'known', kind: 'individual', name: 'Lê Thị Lan', titles: [], unit: 'Sở Y tế' };
    const c = ctx({
      recipientsByIdentity: new Map([[identityKey(known), known]]),
      recipientsById: new Map([['known', known]]),
      held: [
        {
          recipientId: 'known',
          code: 'BANG_KHEN_THU_TUONG',
          family: 'award-form',
          achievementYear: 2024,
          achievementKey: 'da co thanh tich xuat sac nam 2023',
        },
      ],
    });
    const refusals = refusalsOf(() =>
      planDecision(
        header,
        [
          line(2, { name: 'Lê Thị Lan', unit: 'Sở Y tế' }),
          line(3),
          line(4, { name: 'Người số 3', awardType: 'BANG_KHEN_THU_TUONG' }),
        ],
        c,
      ),
    );
    expect(refusals.map((r) => [r.field, r.code])).toEqual([
      ['rows[2].awardType', 'oneAchievementOneForm'],
      ['rows[4].awardType', 'oneAchievementOneForm'],
    ]);
  });

  it('refuses an unknown recipient id and a recipient on hold', () => {
    const held: Recipient = {
      id: 'h',
      kind: 'collective',
      name: 'Phòng Tài chính',
      titles: [],
      hold: { reason: 'đang bị thanh tra', since: new Date() },
    };
    const refusals = refusalsOf(() =>
      planDecision(
        header,
        [
          line(2, { recipientId: '00000000-0000-4000-8000-000000000000' }),
          line(3, { recipientId: 'h', kind: 'collective', name: 'Phòng Tài chính' }),
        ],
        ctx({ recipientsById: new Map([['h', held]]) }),
      ),
    );
    expect(refusals.map((r) => r.code)).toEqual(['unknownRecipient', 'recipientOnHold']);
  });

  it('refuses an achievement year after the decision', () => {
    expect(refusalsOf(() => planDecision(header, [line(2, { achievementYear: 2025 })], ctx()))[0]!.code).toBe(
      'achievementInFuture',
    );
  });

  it('compares decision numbers without case or spaces', () => {
    expect(numberKey(' 231 / qđ-ttg ')).toBe(numberKey('231/QĐ-TTg'));
  });
});
