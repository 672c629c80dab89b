import type { AwardTypeRef, RecipientKind } from '@tdkt/contracts';
import { groupAwards, principal, type ConferredAward } from './award-listing';

const type = (code: string, name: string, rank: number): AwardTypeRef => ({
  code,
  name,
  rank,
  family: 'award-form',
  conferringAuthority: 'x',
});
const flag = type('co-thi-dua-cp', 'Cờ thi đua của Chính phủ', 20);
const order = type('hcld-3', 'Huân chương Lao động hạng Ba', 10);
const pmMerit = type('bk-ttg', 'Bằng khen của Thủ tướng Chính phủ', 30);
let n = 0;
const award = (
  awardType: AwardTypeRef,
  kind: RecipientKind,
  name: string,
  presentedOnBehalfOf?: string,
): ConferredAward => ({
  awardId: `a${++n}`,
  awardType,
  recipient: { recipientId: `r${n}`, kind, name },
  decision: {
    decisionId: `d-${awardType.code}`,
    number: `${n}/QĐ-TTg`,
    date: '2024-01-15',
    authority: 'Thủ tướng Chính phủ',
  },
  presentedOnBehalfOf,
});

describe('award presentation listing', () => {
  it('groups by award type, highest rank (smallest number) first, whatever the arrival order', () => {
    const groups = groupAwards([
      award(pmMerit, 'individual', 'Lò Văn A'),
      award(flag, 'collective', 'Sở Y tế'),
      award(order, 'collective', 'Huyện Mộc Châu'),
      award(pmMerit, 'collective', 'Sở Nội vụ'),
      award(pmMerit, 'individual', 'Đỗ Thị B'),
      award(pmMerit, 'household', 'Hộ ông Cầm Văn C'),
    ]);
    expect(groups.map((g) => g.awardType.name)).toEqual([
      'Huân chương Lao động hạng Ba',
      'Cờ thi đua của Chính phủ',
      'Bằng khen của Thủ tướng Chính phủ',
    ]);
    expect(groups[2]!.counts).toEqual({ collectives: 1, individuals: 2, households: 1, total: 4 });
    expect(groups[2]!.summary).toBe('Bằng khen của Thủ tướng Chính phủ: 1 tập thể, 2 cá nhân và 1 hộ gia đình');
    // collectives first, then individuals, then households, each in Vietnamese order
    expect(groups[2]!.recipients.map((r) => r.name)).toEqual(['Sở Nội vụ', 'Đỗ Thị B', 'Lò Văn A', 'Hộ ông Cầm Văn C']);
  });

  it('says who presents on whose behalf', () => {
    const presenter = { guestId: 'g', personId: 'p', name: 'Nguyễn Hữu Đông', titles: ['Bí thư Tỉnh ủy'] };
    const [withPresenter] = groupAwards([award(order, 'collective', 'X', 'thừa ủy quyền của Chủ tịch nước')], {
      'hcld-3': presenter,
    });
    expect(withPresenter!.presentation).toBe(
      'Đồng chí Nguyễn Hữu Đông, Bí thư Tỉnh ủy, thừa ủy quyền của Chủ tịch nước trao Huân chương Lao động hạng Ba cho 1 tập thể',
    );
    const [without] = groupAwards([
      award(pmMerit, 'individual', 'Y', 'Thủ tướng Chính phủ'),
      award(pmMerit, 'individual', 'Z', 'Thủ tướng Chính phủ'),
    ]);
    expect(without!.presentation).toBe(
      'Thừa ủy quyền của Thủ tướng Chính phủ trao Bằng khen của Thủ tướng Chính phủ cho 2 cá nhân',
    );
    expect(groupAwards([award(flag, 'collective', 'Q')])[0]!.presentation).toBe(
      'Trao Cờ thi đua của Chính phủ cho 1 tập thể',
    );
  });

  it('formats large counts the Vietnamese way', () => {
    const many = Array.from({ length: 1234 }, (_, i) => award(pmMerit, 'individual', `Người ${i}`));
    expect(groupAwards(many)[0]!.summary).toBe('Bằng khen của Thủ tướng Chính phủ: 1.234 cá nhân');
  });

  it('reads "thừa ủy quyền của X" and "X" as the same principal', () => {
    expect(principal('Thừa uỷ quyền của Chủ tịch nước')).toBe('Chủ tịch nước');
    expect(principal('Thủ tướng Chính phủ')).toBe('Thủ tướng Chính phủ');
  });
});
