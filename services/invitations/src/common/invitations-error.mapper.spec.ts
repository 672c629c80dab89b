import { Conflict, InvalidInput, LinkRefused, NotFound } from './domain/invitations.errors';
import { mapInvitationsError } from './invitations-error.mapper';

describe('mapInvitationsError', () => {
  it("maps the shared errors with the service's nouns", () => {
    expect(mapInvitationsError(new NotFound('guest', 'g1'))).toEqual({
      status: 404,
      vi: { title: 'Không tìm thấy khách mời', detail: 'Không có khách mời mã g1' },
      en: { title: 'guest not found', detail: 'guest g1 does not exist' },
    });
    expect(
      mapInvitationsError(new Conflict('conference-cancelled', 'Hội nghị đã hủy', 'the conference is cancelled')),
    ).toMatchObject({ status: 409, type: 'conference-cancelled' });
    expect(mapInvitationsError(new InvalidInput('email', 'Sai địa chỉ', 'bad address', 'isEmail'))?.errors).toEqual([
      { field: 'email', code: 'isEmail', vi: 'Sai địa chỉ', en: 'bad address' },
    ]);
  });

  it('keeps its own: a refused link', () => {
    expect(mapInvitationsError(new LinkRefused('expired'))).toMatchObject({ status: 410, type: 'link-expired' });
    expect(mapInvitationsError(new LinkRefused('forged'))).toMatchObject({ status: 400, type: 'link-invalid' });
  });
});
