import type { CeremonyFact } from '@tdkt/contracts';
import { ceremonyKey, cleanFact, sameFact } from './ceremony-fact';
import { InvalidInput } from './conference.errors';

const revenue: CeremonyFact = {
  kind: 'highlight',
  figure: { label: ' tổng thu  ngân sách nhà nước trên địa bàn ', value: 4290, unit: 'tỷ đồng' },
};

describe('a fact of the ceremony', () => {
  it('is cleaned as it is kept: spaces, NFC, empty parts dropped', () => {
    expect(cleanFact(revenue)).toEqual({
      kind: 'highlight',
      figure: { label: 'tổng thu ngân sách nhà nước trên địa bàn', value: 4290, unit: 'tỷ đồng' },
    });
    expect(
      cleanFact({
        kind: 'speech',
        speechKind: 'directing',
        speaker: { name: 'Nguyễn Thái  Hưng', titles: ['Chủ tịch HĐND tỉnh', ' '] },
        keyPoints: [],
        tasks: ['tiếp tục đổi mới công tác thi đua'],
      }),
    ).toEqual({
      kind: 'speech',
      speechKind: 'directing',
      speaker: { name: 'Nguyễn Thái Hưng', titles: ['Chủ tịch HĐND tỉnh'] },
      keyPoints: [],
      tasks: ['tiếp tục đổi mới công tác thi đua'],
    });
  });

  it('refuses a highlight with neither figure nor statement, and a result with neither ranking nor leaders', () => {
    expect(() => cleanFact({ kind: 'highlight' })).toThrow(InvalidInput);
    expect(() => cleanFact({ kind: 'highlight', statement: '  ' })).toThrow(/figure/);
    expect(() => cleanFact({ kind: 'result', subject: 'Chỉ số CCHC', leaders: [] })).toThrow(/ranking/);
  });

  it('is known by what names it, whatever the spelling of spaces and case; or by the key the client gave', () => {
    const again: CeremonyFact = {
      kind: 'highlight',
      figure: { label: 'Tổng thu ngân sách nhà nước trên địa bàn', value: 4300, unit: 'tỷ đồng' },
    };
    expect(ceremonyKey(cleanFact(again))).toBe(ceremonyKey(cleanFact(revenue)));
    expect(ceremonyKey(cleanFact(revenue))).toBe('highlight:figure:tong thu ngan sach nha nuoc tren dia ban');
    expect(ceremonyKey(cleanFact(revenue), 'thu-ngan-sach')).toBe('highlight:key:thu-ngan-sach');
    const speech = (kind: 'directing' | 'acceptance'): CeremonyFact => ({
      kind: 'speech',
      speechKind: kind,
      speaker: { name: 'Hoàng Quốc Khánh', titles: [] },
      keyPoints: [],
      tasks: [],
    });
    expect(ceremonyKey(speech('directing'))).not.toBe(ceremonyKey(speech('acceptance')));
  });

  it('is the same fact whatever the order of its fields (as PostgreSQL returns jsonb)', () => {
    const a = cleanFact(revenue);
    const reordered = JSON.parse(
      '{"figure":{"unit":"tỷ đồng","value":4290,"label":"tổng thu ngân sách nhà nước trên địa bàn"},"kind":"highlight"}',
    );
    expect(sameFact(a, reordered)).toBe(true);
    expect(sameFact(a, { ...a, figure: { ...(a as { figure: object }).figure, value: 4291 } } as CeremonyFact)).toBe(
      false,
    );
  });
});
