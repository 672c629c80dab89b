import { byRank, isValidOn, periodsOverlap, type AwardType } from './award-type';
import { LAW_2022_CATALOG } from './law-2022.catalog';

const catalog: AwardType[] = LAW_2022_CATALOG.map((s, i) => ({ ...s, id: String(i) }));
const named = (...codes: string[]) => codes.map((c) => catalog.find((t) => t.code === c)!);

describe('the award catalog (Law 06/2022/QH15)', () => {
  it('orders awards from Huân chương Sao vàng down to Gia đình văn hóa, as docs/domain.md#the-award-catalog ranks them', () => {
    const shuffled = named(
      'GIA_DINH_VAN_HOA',
      'BANG_KHEN_CHU_TICH_UBND_TINH',
      'CO_THI_DUA_CHINH_PHU',
      'HC_LAO_DONG_3',
      'CSTD_CO_SO',
      'HC_SAO_VANG',
      'BANG_KHEN_THU_TUONG',
      'NHA_GIAO_UU_TU',
      'CO_THI_DUA_UBND_TINH',
      'CSTD_TOAN_QUOC',
      'TAP_THE_LAO_DONG_XUAT_SAC',
      'GIAY_KHEN',
      'CSTD_TINH',
      'HC_DOC_LAP_1',
      'HC_LAO_DONG_1',
    );
    expect(shuffled.sort(byRank).map((t) => t.name)).toEqual([
      'Huân chương Sao vàng',
      'Huân chương Độc lập hạng Nhất',
      'Huân chương Lao động hạng Nhất',
      'Huân chương Lao động hạng Ba',
      'Nhà giáo ưu tú',
      'Cờ thi đua của Chính phủ',
      'Chiến sĩ thi đua toàn quốc',
      'Bằng khen của Thủ tướng Chính phủ',
      'Cờ thi đua của UBND tỉnh',
      'Chiến sĩ thi đua cấp tỉnh',
      'Tập thể Lao động xuất sắc',
      'Bằng khen của Chủ tịch UBND tỉnh',
      'Chiến sĩ thi đua cơ sở',
      'Giấy khen',
      'Gia đình văn hóa',
    ]);
  });

  it('puts equal ranks in Vietnamese alphabetical order', () => {
    const a = { rank: 500, name: 'Huy hiệu “Vì sự nghiệp phát triển tỉnh Đắk Lắk”' };
    const b = { rank: 500, name: 'Huy hiệu “Vì sự nghiệp phát triển tỉnh Điện Biên”' };
    const c = { rank: 500, name: 'Huy hiệu “Vì sự nghiệp phát triển tỉnh Cao Bằng”' };
    expect([a, b, c].sort(byRank).map((t) => t.name.split('tỉnh ')[1])).toEqual([
      'Cao Bằng”',
      'Đắk Lắk”',
      'Điện Biên”',
    ]);
  });

  it('has unique codes and ranks, and Cờ thi đua only for collectives', () => {
    expect(new Set(catalog.map((t) => t.code)).size).toBe(catalog.length);
    expect(new Set(catalog.map((t) => t.rank)).size).toBe(catalog.length);
    for (const t of catalog.filter((x) => x.name.startsWith('Cờ thi đua')))
      expect(t.recipientKinds).toEqual(['collective']);
    expect(named('GIA_DINH_VAN_HOA')[0]!.recipientKinds).toEqual(['household']);
  });

  it('is dated: the district-level Giấy khen ends with the district level on 01/07/2025', () => {
    const [district] = named('GIAY_KHEN_CHU_TICH_UBND_HUYEN');
    expect(isValidOn(district!, '2023-12-31')).toBe(false);
    expect(isValidOn(district!, '2024-01-01')).toBe(true);
    expect(isValidOn(district!, '2025-06-30')).toBe(true);
    expect(isValidOn(district!, '2025-07-01')).toBe(false);
    expect(isValidOn(named('GIAY_KHEN')[0]!, '2030-01-01')).toBe(true);
  });

  it('detects overlapping validity periods (open ends are unbounded)', () => {
    expect(periodsOverlap({ validFrom: '2024-01-01' }, { validFrom: '2026-01-01' })).toBe(true);
    expect(periodsOverlap({ validFrom: '2024-01-01', validTo: '2026-01-01' }, { validFrom: '2026-01-01' })).toBe(false);
    expect(
      periodsOverlap(
        { validFrom: '2024-01-01', validTo: '2026-01-01' },
        { validFrom: '2025-06-01', validTo: '2025-07-01' },
      ),
    ).toBe(true);
  });

  it('says on whose behalf state and government awards are presented', () => {
    expect(
      named('HC_LAO_DONG_3', 'NHA_GIAO_UU_TU', 'BANG_KHEN_THU_TUONG', 'BANG_KHEN_CHU_TICH_UBND_TINH').map(
        (t) => t.presentedOnBehalfOf,
      ),
    ).toEqual(['Chủ tịch nước', 'Chủ tịch nước', 'Thủ tướng Chính phủ', undefined]);
  });
});
