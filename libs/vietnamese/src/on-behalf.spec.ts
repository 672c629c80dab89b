import { onBehalfOf } from './on-behalf';

describe('"thừa ủy quyền" written once', () => {
  it('adds the phrase to a bare authority', () => {
    expect(onBehalfOf('Thủ tướng Chính phủ')).toBe('thừa ủy quyền của Thủ tướng Chính phủ');
  });

  it('does not double a phrase that already says it (as the awards contract sends it)', () => {
    expect(onBehalfOf('thừa ủy quyền của Thủ tướng Chính phủ')).toBe('thừa ủy quyền của Thủ tướng Chính phủ');
    expect(onBehalfOf('Thừa uỷ quyền của Chủ tịch nước')).toBe('thừa ủy quyền của Chủ tịch nước');
    expect(onBehalfOf('  thừa ủy quyền   Thủ tướng Chính phủ ')).toBe('thừa ủy quyền của Thủ tướng Chính phủ');
  });

  it('is empty when no one is named', () => {
    expect(onBehalfOf(undefined)).toBe('');
    expect(onBehalfOf('thừa ủy quyền của ')).toBe('');
  });
});
