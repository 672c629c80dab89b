import type { AnnounceAs, AwardFamily, Prerequisite, RecipientKind } from './award-type';

/**
 * The award catalog of Luật Thi đua, khen thưởng 2022 (06/2022/QH15, in force 01/01/2024) and
 * its decrees, as seeded by the migration (docs/domain.md#the-award-catalog). Data, not code: a later law adds rows
 * with their own valid-from and closes these with a valid-to. Ranks leave gaps (local types slot
 * in: a provincial badge "Huy hiệu “Vì sự nghiệp …”" takes 500–599).
 */
export interface SeedAwardType {
  code: string;
  name: string;
  family: AwardFamily;
  conferringAuthority: string;
  recipientKinds: RecipientKind[];
  rank: number;
  validFrom: string;
  validTo?: string;
  presentedOnBehalfOf?: string;
  announceAs: AnnounceAs;
  prerequisite?: Prerequisite;
  legalBasis: string;
}

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP; Nghị định 152/2025/NĐ-CP';
const FROM = '2024-01-01';
const PRESIDENT = 'Chủ tịch nước';
const PM = 'Thủ tướng Chính phủ';
const PROVINCE = 'Chủ tịch UBND tỉnh';
const BOTH: RecipientKind[] = ['collective', 'individual'];

const order = (code: string, name: string, rank: number, kinds: RecipientKind[] = BOTH): SeedAwardType => ({
  code,
  name,
  family: 'award-form',
  conferringAuthority: PRESIDENT,
  recipientKinds: kinds,
  rank,
  validFrom: FROM,
  presentedOnBehalfOf: PRESIDENT,
  announceAs: 'object',
  legalBasis: LAW,
});
const classes = (code: string, name: string, rank: number, kinds: RecipientKind[] = BOTH): SeedAwardType[] =>
  (['Nhất', 'Nhì', 'Ba'] as const).map((c, i) => order(`${code}_${i + 1}`, `${name} hạng ${c}`, rank + i, kinds));
const honour = (code: string, name: string, rank: number, kinds: RecipientKind[] = ['individual']): SeedAwardType => ({
  ...order(code, name, rank, kinds),
  announceAs: 'title',
});

export const LAW_2022_CATALOG: SeedAwardType[] = [
  // Huân chương (orders), in the law's order
  order('HC_SAO_VANG', 'Huân chương Sao vàng', 100),
  order('HC_HO_CHI_MINH', 'Huân chương Hồ Chí Minh', 110),
  ...classes('HC_DOC_LAP', 'Huân chương Độc lập', 120),
  ...classes('HC_QUAN_CONG', 'Huân chương Quân công', 130),
  ...classes('HC_LAO_DONG', 'Huân chương Lao động', 140),
  ...classes('HC_BAO_VE_TO_QUOC', 'Huân chương Bảo vệ Tổ quốc', 150),
  ...classes('HC_CHIEN_CONG', 'Huân chương Chiến công', 160),
  order('HC_DUNG_CAM', 'Huân chương Dũng cảm', 170, ['individual']),
  order('HC_DAI_DOAN_KET', 'Huân chương Đại đoàn kết dân tộc', 180, ['individual']),
  order('HC_HUU_NGHI', 'Huân chương Hữu nghị', 190),
  // danh hiệu vinh dự nhà nước (state honorary titles)
  honour('ANH_HUNG_LLVT', 'Anh hùng Lực lượng vũ trang nhân dân', 200, BOTH),
  honour('ANH_HUNG_LAO_DONG', 'Anh hùng Lao động', 201, BOTH),
  honour('BA_ME_VN_ANH_HUNG', 'Bà mẹ Việt Nam anh hùng', 202),
  honour('NHA_GIAO_NHAN_DAN', 'Nhà giáo nhân dân', 210),
  honour('THAY_THUOC_NHAN_DAN', 'Thầy thuốc nhân dân', 211),
  honour('NGHE_SI_NHAN_DAN', 'Nghệ sĩ nhân dân', 212),
  honour('NGHE_NHAN_NHAN_DAN', 'Nghệ nhân nhân dân', 213),
  honour('NHA_GIAO_UU_TU', 'Nhà giáo ưu tú', 220),
  honour('THAY_THUOC_UU_TU', 'Thầy thuốc ưu tú', 221),
  honour('NGHE_SI_UU_TU', 'Nghệ sĩ ưu tú', 222),
  honour('NGHE_NHAN_UU_TU', 'Nghệ nhân ưu tú', 223),
  // Government level
  {
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    family: 'emulation-title',
    conferringAuthority: PM,
    recipientKinds: ['collective'],
    rank: 300,
    validFrom: FROM,
    presentedOnBehalfOf: PM,
    announceAs: 'object',
    legalBasis: LAW,
  },
  {
    code: 'CSTD_TOAN_QUOC',
    name: 'Chiến sĩ thi đua toàn quốc',
    family: 'emulation-title',
    conferringAuthority: PM,
    recipientKinds: ['individual'],
    rank: 310,
    validFrom: FROM,
    presentedOnBehalfOf: PM,
    announceAs: 'title',
    legalBasis: LAW,
    prerequisite: { code: 'CSTD_TINH', times: 2, maxGapYears: 3 },
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    family: 'award-form',
    conferringAuthority: PM,
    recipientKinds: ['collective', 'individual', 'household'],
    rank: 320,
    validFrom: FROM,
    presentedOnBehalfOf: PM,
    announceAs: 'object',
    legalBasis: LAW,
  },
  // provincial level (cấp bộ, ban, ngành, tỉnh)
  {
    code: 'CO_THI_DUA_UBND_TINH',
    name: 'Cờ thi đua của UBND tỉnh',
    family: 'emulation-title',
    conferringAuthority: PROVINCE,
    recipientKinds: ['collective'],
    rank: 400,
    validFrom: FROM,
    announceAs: 'object',
    legalBasis: LAW,
  },
  {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    family: 'emulation-title',
    conferringAuthority: PROVINCE,
    recipientKinds: ['individual'],
    rank: 410,
    validFrom: FROM,
    announceAs: 'title',
    legalBasis: LAW,
    prerequisite: { code: 'CSTD_CO_SO', times: 3, maxGapYears: 1 },
  },
  {
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    name: 'Tập thể Lao động xuất sắc',
    family: 'emulation-title',
    conferringAuthority: PROVINCE,
    recipientKinds: ['collective'],
    rank: 420,
    validFrom: FROM,
    announceAs: 'title',
    legalBasis: LAW,
  },
  {
    code: 'BANG_KHEN_CHU_TICH_UBND_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    family: 'award-form',
    conferringAuthority: PROVINCE,
    recipientKinds: ['collective', 'individual', 'household'],
    rank: 430,
    validFrom: FROM,
    announceAs: 'object',
    legalBasis: LAW,
  },
  // grassroots level (cơ sở)
  {
    code: 'CSTD_CO_SO',
    name: 'Chiến sĩ thi đua cơ sở',
    family: 'emulation-title',
    conferringAuthority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
    recipientKinds: ['individual'],
    rank: 600,
    validFrom: FROM,
    announceAs: 'title',
    legalBasis: LAW,
  },
  {
    code: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    name: 'Tập thể Lao động tiên tiến',
    family: 'emulation-title',
    conferringAuthority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
    recipientKinds: ['collective'],
    rank: 610,
    validFrom: FROM,
    announceAs: 'title',
    legalBasis: LAW,
  },
  {
    code: 'LAO_DONG_TIEN_TIEN',
    name: 'Lao động tiên tiến',
    family: 'emulation-title',
    conferringAuthority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
    recipientKinds: ['individual'],
    rank: 611,
    validFrom: FROM,
    announceAs: 'title',
    legalBasis: LAW,
  },
  {
    code: 'GIAY_KHEN',
    name: 'Giấy khen',
    family: 'award-form',
    conferringAuthority: 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã',
    recipientKinds: ['collective', 'individual', 'household'],
    rank: 620,
    validFrom: FROM,
    announceAs: 'object',
    legalBasis: LAW,
  },
  // the district level ended on 01/07/2025 (two-tier local government): its Giấy khen with it
  {
    code: 'GIAY_KHEN_CHU_TICH_UBND_HUYEN',
    name: 'Giấy khen của Chủ tịch UBND cấp huyện',
    family: 'award-form',
    conferringAuthority: 'Chủ tịch UBND cấp huyện',
    recipientKinds: ['collective', 'individual', 'household'],
    rank: 621,
    validFrom: FROM,
    validTo: '2025-07-01',
    announceAs: 'object',
    legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP',
  },
  {
    code: 'GIA_DINH_VAN_HOA',
    name: 'Gia đình văn hóa',
    family: 'emulation-title',
    conferringAuthority: 'Chủ tịch UBND cấp xã',
    recipientKinds: ['household'],
    rank: 700,
    validFrom: FROM,
    announceAs: 'title',
    legalBasis: LAW,
  },
];
