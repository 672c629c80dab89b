import { DEFAULT_PRECEDENCE_RULES } from './default-precedence.table';
import { guestRef, type Guest } from './guest';
import { PrecedenceTable } from './precedence';

describe('the guest as events carry it', () => {
  const table = new PrecedenceTable(DEFAULT_PRECEDENCE_RULES);
  const base: Guest = {
    id: 'g1',
    kind: 'person',
    name: 'Vi Đức Thọ',
    titles: ['Chủ tịch Ủy ban MTTQ Việt Nam tỉnh'],
    central: false,
  };

  it('marks a body invited as such, so the press does not name it among "các đồng chí"', () => {
    const school: Guest = { ...base, id: 'g2', kind: 'collective', name: 'Trường THPT Chuyên Sơn La', titles: [] };
    expect(guestRef(school, table, { centralFirst: false })).toMatchObject({
      name: 'Trường THPT Chuyên Sơn La',
      kind: 'collective',
    });
  });

  it('says nothing of the kind for a person, as before', () => {
    expect(guestRef(base, table, { centralFirst: false })).not.toHaveProperty('kind');
  });
});
