import { revocationRefusals, type AwardToRevoke } from './revocation';

const award = (id: string, over: Partial<AwardToRevoke> = {}): AwardToRevoke => ({
  id,
  status: 'conferred',
  decisionDate: '2024-02-05',
  decisionNumber: '231/QĐ-UBND',
  recipientName: 'Nguyễn Thị Hà',
  awardTypeName: 'Bằng khen của Chủ tịch UBND tỉnh',
  ...over,
});

describe('revocation (thu hồi)', () => {
  const found = new Map([
    ['a', award('a')],
    ['b', award('b', { status: 'revoked' })],
  ]);

  it('accepts awards still held, by a later decision', () => {
    expect(revocationRefusals(['a'], found, '2024-06-01')).toEqual([]);
  });

  it('refuses unknown, already revoked, repeated awards and an earlier decision, each by position', () => {
    expect(revocationRefusals(['x', 'b', 'a', 'a'], found, '2024-06-01').map((r) => [r.field, r.code])).toEqual([
      ['awardIds[0]', 'unknownAward'],
      ['awardIds[1]', 'alreadyRevoked'],
      ['awardIds[3]', 'duplicate'],
    ]);
    expect(revocationRefusals(['a'], found, '2024-01-01')[0]).toMatchObject({ code: 'revocationBeforeConferment' });
  });
});
