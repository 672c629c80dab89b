import { nfc } from './nfc';

describe('nfc', () => {
  it('composes a decomposed input', () => {
    const decomposed = 'Nguye\u0302\u0303n Tha\u0301i Hu\u031Bng'; // "Nguyễn Thái Hưng", NFD-ish
    expect(decomposed).not.toBe('Nguyễn Thái Hưng');
    expect(nfc(decomposed)).toBe('Nguyễn Thái Hưng');
    expect(nfc(decomposed).length).toBe('Nguyễn Thái Hưng'.length);
  });

  it('leaves composed text unchanged', () => {
    expect(nfc('Ủy viên Ban Thường vụ Tỉnh ủy')).toBe('Ủy viên Ban Thường vụ Tỉnh ủy');
  });
});
