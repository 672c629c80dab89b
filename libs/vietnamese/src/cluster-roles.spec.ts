import { clusterRoleOrder, clusterRoleTitle } from './cluster-roles';

describe('cluster head before deputy', () => {
  it('reads the role from the titles', () => {
    expect(
      clusterRoleOrder(['Chủ tịch UBND tỉnh Lạng Sơn', 'Cụm trưởng Cụm thi đua các tỉnh biên giới phía Bắc']),
    ).toBe(0);
    expect(clusterRoleOrder(['Chủ tịch UBND tỉnh Cao Bằng', 'Cụm phó'])).toBe(1);
    expect(clusterRoleOrder(['Phó Trưởng Khối thi đua số 2'])).toBe(1);
    expect(clusterRoleOrder(['Trưởng Khối thi đua số 1'])).toBe(0);
    expect(clusterRoleOrder(['Chủ tịch UBND tỉnh Hà Giang'])).toBe(2);
  });
});

describe("the leaders' titles", () => {
  it('names them by the kind of grouping', () => {
    expect(clusterRoleTitle('cum', 'head')).toBe('Cụm trưởng');
    expect(clusterRoleTitle('cum', 'deputy')).toBe('Cụm phó');
    expect(clusterRoleTitle('khoi', 'head')).toBe('Khối trưởng');
    expect(clusterRoleTitle('khoi', 'deputy')).toBe('Khối phó');
  });
});
