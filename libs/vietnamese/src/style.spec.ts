import { midSentence } from './capitals';
import { conferenceHeadline } from './headline';
import { awardCount, recipientCounts } from './recipient-counts';

describe('headlines in the seed articles’ pattern', () => {
  it('names the place and what the conference did, up to the year reviewed', () => {
    expect(
      conferenceHeadline(
        'Hà Giang',
        'Hội nghị tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023 các sở, ban, ngành, các huyện, thành phố',
        2023,
      ),
    ).toBe(
      'Hà Giang tổng kết phong trào thi đua, công tác khen thưởng và công bố kết quả cải cách hành chính năm 2023',
    );
    expect(
      conferenceHeadline(
        'Sơn La',
        'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023, triển khai nhiệm vụ năm 2024',
        2023,
      ),
    ).toBe('Sơn La tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(
      conferenceHeadline(
        'Ninh Thuận',
        'Hội nghị trực tuyến tổng kết công tác thi đua, khen thưởng năm 2022 và ký kết giao ước thi đua thực hiện nhiệm vụ năm 2023',
        2022,
      ),
    ).toBe('Ninh Thuận tổng kết công tác thi đua, khen thưởng năm 2022');
  });

  it('gives up on a name it cannot read', () => {
    expect(conferenceHeadline('Sơn La', 'Gặp mặt các điển hình tiên tiến', 2023)).toBeUndefined();
    expect(conferenceHeadline('Sơn La', 'Hội nghị tổng kết công tác thi đua', 2023)).toBeUndefined();
  });
});

describe('capitals inside a sentence', () => {
  it('lowers a common-noun phrase, keeps abbreviations', () => {
    expect(midSentence('Bàn giao Cụm trưởng năm 2024')).toBe('bàn giao Cụm trưởng năm 2024');
    expect(midSentence('UBND tỉnh Sơn La')).toBe('UBND tỉnh Sơn La');
    expect(midSentence('Đón tiếp đại biểu')).toBe('đón tiếp đại biểu');
  });
});

describe('award counts, the award named once (Sơn La 2024)', () => {
  it('counts every kind of recipient before the award', () => {
    expect(recipientCounts({ collectives: 71, individuals: 58, households: 33 })).toBe(
      '71 tập thể, 58 cá nhân, 33 hộ gia đình',
    );
    expect(awardCount({ collectives: 5, individuals: 15 }, 'Bằng khen của Thủ tướng Chính phủ', 'object')).toBe(
      '5 tập thể, 15 cá nhân nhận Bằng khen của Thủ tướng Chính phủ',
    );
    expect(awardCount({ individuals: 22 }, 'Nhà giáo ưu tú', 'title')).toBe(
      '22 cá nhân được trao tặng danh hiệu “Nhà giáo ưu tú”',
    );
    expect(awardCount({ individuals: 1597 }, 'Bằng khen của Chủ tịch UBND tỉnh', 'object')).toBe(
      '1.597 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh',
    );
  });
});
