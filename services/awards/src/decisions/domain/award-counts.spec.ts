import type { AwardType } from '../../catalog/domain/award-type';
import { LAW_2022_CATALOG } from '../../catalog/domain/law-2022.catalog';
import { announcement, awardPhrase, countByType } from './award-counts';

const type = (code: string): AwardType => ({ ...LAW_2022_CATALOG.find((t) => t.code === code)!, id: code });
const many = (code: string, kind: 'individual' | 'collective' | 'household', n: number) =>
  Array.from({ length: n }, () => ({ awardType: type(code), kind }));

describe('award counts and the news phrase', () => {
  it('counts per type and kind, highest rank first', () => {
    const counts = countByType([
      ...many('BANG_KHEN_THU_TUONG', 'individual', 15),
      ...many('NHA_GIAO_UU_TU', 'individual', 22),
      ...many('BANG_KHEN_THU_TUONG', 'collective', 5),
      ...many('CO_THI_DUA_CHINH_PHU', 'collective', 9),
    ]);
    expect(counts.map((c) => [c.awardType.code, c.collectives, c.individuals, c.households])).toEqual([
      ['NHA_GIAO_UU_TU', 0, 22, 0],
      ['CO_THI_DUA_CHINH_PHU', 9, 0, 0],
      ['BANG_KHEN_THU_TUONG', 5, 15, 0],
    ]);
  });

  it('writes exactly what the news article says (Sơn La 2024)', () => {
    const counts = countByType([
      ...many('BANG_KHEN_THU_TUONG', 'individual', 15),
      ...many('BANG_KHEN_THU_TUONG', 'collective', 5),
      ...many('CO_THI_DUA_CHINH_PHU', 'collective', 9),
      ...many('NHA_GIAO_UU_TU', 'individual', 22),
    ]);
    expect(awardPhrase(counts[2]!)).toBe('5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ');
    expect(announcement(counts)).toBe(
      '22 cá nhân được tặng danh hiệu “Nhà giáo ưu tú”; 9 tập thể nhận Cờ thi đua của Chính phủ; 5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
    );
  });

  it('groups thousands with a dot and names households', () => {
    const counts = countByType([
      ...many('BANG_KHEN_CHU_TICH_UBND_TINH', 'individual', 3466),
      ...many('BANG_KHEN_CHU_TICH_UBND_TINH', 'household', 2),
    ]);
    expect(announcement(counts)).toBe('3.466 cá nhân, 2 hộ gia đình nhận Bằng khen của Chủ tịch UBND tỉnh');
  });
});
