import { InvalidEdit } from './domain/draft.errors';
import { mapDraftError } from './draft-error.mapper';

describe('press mapDraftError', () => {
  it('InvalidEdit is the shared invalid input: 400 naming the field, code invalidEdit', () => {
    expect(
      mapDraftError(new InvalidEdit('paragraphs[2].role', 'Đoạn không có trong bản tin', 'no such paragraph')),
    ).toEqual({
      status: 400,
      vi: { title: 'Dữ liệu không hợp lệ', detail: 'Đoạn không có trong bản tin' },
      en: { title: 'Invalid request', detail: 'no such paragraph' },
      errors: [
        {
          field: 'paragraphs[2].role',
          code: 'invalidEdit',
          vi: 'Đoạn không có trong bản tin',
          en: 'no such paragraph',
        },
      ],
    });
  });
});
