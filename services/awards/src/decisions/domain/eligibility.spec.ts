import type { AwardType } from '../../catalog/domain/award-type';
import { LAW_2022_CATALOG } from '../../catalog/domain/law-2022.catalog';
import {
  chainSatisfied,
  kindAllowed,
  notOnHold,
  oneFormPerAchievement,
  posthumousForPersons,
  refusalsFor,
  type Candidate,
  type HeldAward,
} from './eligibility';

const type = (code: string): AwardType => ({ ...LAW_2022_CATALOG.find((t) => t.code === code)!, id: code });
const nameOf = (code: string) => type(code).name;
const person = (code: string, over: Partial<Candidate> = {}): Candidate => ({
  recipientId: 'r1',
  kind: 'individual',
  name: 'Nguyễn Thị Hà',
  awardType: type(code),
  achievementYear: 2024,
  achievementKey: 'thanh tich xuat sac nam 2024',
  posthumous: false,
  ...over,
});
const held = (code: string, year: number, over: Partial<HeldAward> = {}): HeldAward => ({
  recipientId: 'r1',
  code,
  family: type(code).family,
  achievementYear: year,
  achievementKey: 'thanh tich xuat sac nam 2024',
  ...over,
});

describe('eligibility rules', () => {
  describe('recipient kind allowed for the type', () => {
    it('refuses a Cờ thi đua to a person, naming the type and who it is for', () => {
      const r = kindAllowed(person('CO_THI_DUA_UBND_TINH'));
      expect(r).toMatchObject({ field: 'kind', code: 'recipientKindNotAllowed' });
      expect(r!.vi).toBe('“Cờ thi đua của UBND tỉnh” chỉ tặng cho tập thể, không tặng cho cá nhân (Nguyễn Thị Hà)');
      expect(r!.en).toContain('only for collectives, not for individuals');
    });
    it('refuses Gia đình văn hóa to a collective and Chiến sĩ thi đua to a household', () => {
      expect(kindAllowed(person('GIA_DINH_VAN_HOA', { kind: 'collective' }))).toBeDefined();
      expect(kindAllowed(person('CSTD_CO_SO', { kind: 'household' }))).toBeDefined();
    });
    it('accepts Bằng khen for a person, a collective and a household', () => {
      for (const kind of ['individual', 'collective', 'household'] as const) {
        expect(kindAllowed(person('BANG_KHEN_CHU_TICH_UBND_TINH', { kind }))).toBeUndefined();
      }
    });
  });

  describe('recipient on hold', () => {
    it('refuses a recipient under investigation, with the reason', () => {
      const r = notOnHold(person('BANG_KHEN_THU_TUONG', { hold: { reason: 'đang bị thanh tra' } }));
      expect(r).toMatchObject({ code: 'recipientOnHold', field: 'recipient' });
      expect(r!.vi).toContain('đang tạm dừng xét khen thưởng (đang bị thanh tra)');
    });
    it('accepts a recipient without a hold', () => {
      expect(notOnHold(person('BANG_KHEN_THU_TUONG'))).toBeUndefined();
    });
  });

  describe('posthumous (truy tặng)', () => {
    it('is for persons only', () => {
      expect(posthumousForPersons(person('HC_LAO_DONG_3', { posthumous: true }))).toBeUndefined();
      expect(posthumousForPersons(person('HC_LAO_DONG_3', { posthumous: true, kind: 'collective' }))).toMatchObject({
        code: 'posthumousNotAllowed',
      });
    });
  });

  describe('one achievement, one form', () => {
    it('refuses a second award form for the same achievement of the same year', () => {
      const r = oneFormPerAchievement(person('BANG_KHEN_THU_TUONG'), [held('BANG_KHEN_CHU_TICH_UBND_TINH', 2024)]);
      expect(r).toMatchObject({ code: 'oneAchievementOneForm', field: 'awardType' });
      expect(r!.vi).toContain('không khen nhiều hình thức cho một thành tích');
    });
    it('accepts a form for another achievement, another year or another recipient', () => {
      expect(
        oneFormPerAchievement(person('BANG_KHEN_THU_TUONG'), [
          held('BANG_KHEN_CHU_TICH_UBND_TINH', 2024, { achievementKey: 'phong chong bao yagi' }),
        ]),
      ).toBeUndefined();
      expect(
        oneFormPerAchievement(person('BANG_KHEN_THU_TUONG'), [held('BANG_KHEN_CHU_TICH_UBND_TINH', 2023)]),
      ).toBeUndefined();
      expect(
        oneFormPerAchievement(person('BANG_KHEN_THU_TUONG'), [
          held('BANG_KHEN_CHU_TICH_UBND_TINH', 2024, { recipientId: 'r2' }),
        ]),
      ).toBeUndefined();
    });
    it('lets an emulation title stand beside an award form, but not the same title twice a year', () => {
      expect(oneFormPerAchievement(person('CSTD_CO_SO'), [held('BANG_KHEN_CHU_TICH_UBND_TINH', 2024)])).toBeUndefined();
      expect(
        oneFormPerAchievement(person('CSTD_CO_SO'), [held('CSTD_CO_SO', 2024, { achievementKey: 'x' })]),
      ).toMatchObject({ code: 'titleAlreadyHeld' });
      expect(oneFormPerAchievement(person('CSTD_CO_SO'), [held('CSTD_CO_SO', 2023)])).toBeUndefined();
    });
  });

  describe('title chains from the registry history', () => {
    it('Chiến sĩ thi đua cấp tỉnh needs three consecutive years of Chiến sĩ thi đua cơ sở', () => {
      const c = person('CSTD_TINH');
      expect(
        chainSatisfied(c, [held('CSTD_CO_SO', 2022), held('CSTD_CO_SO', 2023), held('CSTD_CO_SO', 2024)], nameOf),
      ).toBeUndefined();
      const gap = chainSatisfied(
        c,
        [held('CSTD_CO_SO', 2021), held('CSTD_CO_SO', 2023), held('CSTD_CO_SO', 2024)],
        nameOf,
      );
      expect(gap).toMatchObject({ code: 'titleChainIncomplete', field: 'awardType' });
      expect(gap!.vi).toBe(
        '“Chiến sĩ thi đua cấp tỉnh” cần 3 lần liên tục đạt “Chiến sĩ thi đua cơ sở”; Nguyễn Thị Hà có 2 lần liên tục (các năm: 2021, 2023, 2024)',
      );
      expect(chainSatisfied(c, [held('CSTD_CO_SO', 2023), held('CSTD_CO_SO', 2024)], nameOf)).toBeDefined();
      expect(chainSatisfied(c, [], nameOf)!.vi).toContain('có 0 lần liên tục (các năm: không có / none)');
    });
    it('does not count another person’s titles, later years, or a run that ended long ago', () => {
      const c = person('CSTD_TINH');
      expect(
        chainSatisfied(
          c,
          [held('CSTD_CO_SO', 2022), held('CSTD_CO_SO', 2023), held('CSTD_CO_SO', 2024, { recipientId: 'r2' })],
          nameOf,
        ),
      ).toBeDefined();
      expect(
        chainSatisfied(c, [held('CSTD_CO_SO', 2024), held('CSTD_CO_SO', 2025), held('CSTD_CO_SO', 2026)], nameOf),
      ).toBeDefined();
      expect(
        chainSatisfied(c, [held('CSTD_CO_SO', 2018), held('CSTD_CO_SO', 2019), held('CSTD_CO_SO', 2020)], nameOf),
      ).toBeDefined();
    });
    it('Chiến sĩ thi đua toàn quốc needs two consecutive provincial titles (consecutive three-year cycles)', () => {
      const c = person('CSTD_TOAN_QUOC');
      expect(chainSatisfied(c, [held('CSTD_TINH', 2021), held('CSTD_TINH', 2024)], nameOf)).toBeUndefined();
      expect(chainSatisfied(c, [held('CSTD_TINH', 2024)], nameOf)).toMatchObject({ code: 'titleChainIncomplete' });
      expect(chainSatisfied(c, [held('CSTD_TINH', 2017), held('CSTD_TINH', 2024)], nameOf)).toBeDefined();
    });
    it('types without a chain need nothing', () => {
      expect(chainSatisfied(person('BANG_KHEN_THU_TUONG'), [], nameOf)).toBeUndefined();
    });
  });

  it('reports every rule a candidate breaks, not only the first', () => {
    const c = person('CSTD_TINH', { kind: 'collective', hold: { reason: 'có đơn khiếu nại' } });
    expect(refusalsFor(c, [], nameOf).map((r) => r.code)).toEqual([
      'recipientKindNotAllowed',
      'recipientOnHold',
      'titleChainIncomplete',
    ]);
  });
});
