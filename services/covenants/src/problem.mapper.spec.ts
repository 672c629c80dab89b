import { InvalidCovenant } from './covenants/domain/covenant.errors';
import { mapDomainError } from './problem.mapper';

describe('covenants mapDomainError', () => {
  it('InvalidCovenant is the shared invalid input: 400 naming the field, code invalidCovenant', () => {
    expect(
      mapDomainError(new InvalidCovenant('targets[0].name', 'Hãy nhập tên chỉ tiêu', 'give the target a name')),
    ).toEqual({
      status: 400,
      vi: { title: 'Dữ liệu không hợp lệ', detail: 'Hãy nhập tên chỉ tiêu' },
      en: { title: 'Invalid request', detail: 'give the target a name' },
      errors: [
        {
          field: 'targets[0].name',
          code: 'invalidCovenant',
          vi: 'Hãy nhập tên chỉ tiêu',
          en: 'give the target a name',
        },
      ],
    });
  });
});
