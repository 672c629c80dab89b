import { draftScope, inScope } from './coverage';

describe('press coverage scope', () => {
  const reporter = { roles: ['press-officer'], tenants: ['press:bao-ha-giang'] };

  it("is the caller's own tenants and the tenants their press offices cover; admin: everything", () => {
    expect(draftScope(reporter, [])).toEqual(['press:bao-ha-giang']);
    expect(draftScope(reporter, ['province:ha-giang', 'cluster:bien-gioi-phia-bac'])).toEqual([
      'press:bao-ha-giang',
      'province:ha-giang',
      'cluster:bien-gioi-phia-bac',
    ]);
    expect(draftScope({ roles: ['admin', 'press-lead'], tenants: ['province:kiem-thu'] }, [])).toBeNull();
  });

  it('never lets a record without a tenant through, except to admin', () => {
    expect(inScope(['province:ha-giang'], 'province:ha-giang')).toBe(true);
    expect(inScope(['province:ha-giang'], 'province:son-la')).toBe(false);
    expect(inScope(['province:ha-giang'], null)).toBe(false);
    expect(inScope(['province:ha-giang'], undefined)).toBe(false);
    expect(inScope(null, null)).toBe(true);
  });
});
