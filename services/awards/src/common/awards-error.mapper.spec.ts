import { mapAwardsError } from './awards-error.mapper';
import { Conflict, InvalidInput, NotFound } from './domain/awards.errors';

describe('mapAwardsError', () => {
  it("maps the shared errors with the registry's nouns", () => {
    expect(mapAwardsError(new NotFound('award-type', 'HCLD'))).toEqual({
      status: 404,
      vi: { title: 'Không tìm thấy hình thức khen thưởng', detail: 'Không có hình thức khen thưởng mã HCLD' },
      en: { title: 'award type not found', detail: 'award-type HCLD does not exist' },
    });
    expect(
      mapAwardsError(new Conflict('already-revoked', 'Đã thu hồi', 'already revoked', 'awardIds'))?.errors,
    ).toEqual([{ field: 'awardIds', code: 'already-revoked', vi: 'Đã thu hồi', en: 'already revoked' }]);
    expect(mapAwardsError(new InvalidInput('date', 'Sai ngày', 'bad date'))?.errors).toEqual([
      { field: 'date', code: 'invalid', vi: 'Sai ngày', en: 'bad date' },
    ]);
  });

  it('leaves other errors to the next mapper', () => {
    expect(mapAwardsError(new Error('boom'))).toBeUndefined();
  });
});
