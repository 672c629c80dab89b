import { Conflict, InvalidInput, NotFound } from '@tdkt/domain-errors';
import { commonProblem, type NotFoundNouns } from './common-problems';

// The problems the awards, invitations, covenants (InvalidCovenant) and press (InvalidEdit)
// mappers each wrote out before this one took their place, byte for byte.
type Thing = 'decision' | 'guest';
const NOUNS: NotFoundNouns<Thing> = {
  decision: { vi: 'quyết định', en: 'decision' },
  guest: { vi: 'khách mời', en: 'guest' },
};
class ThingNotFound extends NotFound<Thing> {}
class InvalidCovenant extends InvalidInput {
  constructor(field: string, vi: string, en: string) {
    super(field, vi, en, 'invalidCovenant');
  }
}

describe('commonProblem', () => {
  it("NotFound → 404 with the service's noun in both languages (awards, invitations)", () => {
    const err = new ThingNotFound('decision', 'a1');
    expect(err.message).toBe('decision a1 does not exist');
    expect(commonProblem(err, NOUNS)).toEqual({
      status: 404,
      vi: { title: 'Không tìm thấy quyết định', detail: 'Không có quyết định mã a1' },
      en: { title: 'decision not found', detail: 'decision a1 does not exist' },
    });
    expect(commonProblem(new NotFound('guest', 'g7'), NOUNS)?.vi).toEqual({
      title: 'Không tìm thấy khách mời',
      detail: 'Không có khách mời mã g7',
    });
  });

  it('a NotFound the service has no noun for is not mapped (the filter answers 500), nor an inherited key', () => {
    expect(commonProblem(new NotFound('mail', 'm1'), NOUNS)).toBeUndefined();
    expect(commonProblem(new NotFound('constructor', 'x'), NOUNS)).toBeUndefined();
    expect(commonProblem(new NotFound('decision', 'a1'))).toBeUndefined();
  });

  it('Conflict → 409 with its type; errors[] only when a field is named', () => {
    expect(commonProblem(new Conflict('already-revoked', 'Đã thu hồi', 'already revoked'))).toEqual({
      status: 409,
      type: 'already-revoked',
      vi: { title: 'Không thể thực hiện', detail: 'Đã thu hồi' },
      en: { title: 'Conflict', detail: 'already revoked' },
    });
    expect(commonProblem(new Conflict('guest-listed', 'Khách đã có', 'guest already listed', 'guestId'))).toEqual({
      status: 409,
      type: 'guest-listed',
      vi: { title: 'Không thể thực hiện', detail: 'Khách đã có' },
      en: { title: 'Conflict', detail: 'guest already listed' },
      errors: [{ field: 'guestId', code: 'guest-listed', vi: 'Khách đã có', en: 'guest already listed' }],
    });
  });

  it('InvalidInput → 400 naming the field, code "invalid" unless given (awards; invitations; covenants and press codes)', () => {
    const body = (code: string) => ({
      status: 400,
      vi: { title: 'Dữ liệu không hợp lệ', detail: 'Sai ngày' },
      en: { title: 'Invalid request', detail: 'bad date' },
      errors: [{ field: 'date', code, vi: 'Sai ngày', en: 'bad date' }],
    });
    expect(commonProblem(new InvalidInput('date', 'Sai ngày', 'bad date'))).toEqual(body('invalid'));
    expect(commonProblem(new InvalidInput('date', 'Sai ngày', 'bad date', 'outOfRange'))).toEqual(body('outOfRange'));
    expect(commonProblem(new InvalidCovenant('date', 'Sai ngày', 'bad date'))).toEqual(body('invalidCovenant'));
  });

  it('anything else is not its business', () => {
    expect(commonProblem(new Error('boom'), NOUNS)).toBeUndefined();
    expect(commonProblem('a string')).toBeUndefined();
    expect(commonProblem(undefined)).toBeUndefined();
  });
});
