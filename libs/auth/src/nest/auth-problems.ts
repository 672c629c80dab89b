import { ProblemException } from '@tdkt/service-kit';

/** 401: no usable token. The same answer whatever was wrong with it, so it tells a forger nothing. */
export const unauthenticated = () =>
  new ProblemException({
    status: 401,
    type: 'unauthenticated',
    vi: {
      title: 'Chưa đăng nhập',
      detail: 'Cần mã truy cập hợp lệ (Authorization: Bearer …); hãy đăng nhập qua cổng của hệ thống.',
    },
    en: {
      title: 'Not signed in',
      detail: "A valid access token is required (Authorization: Bearer …); sign in through the platform's gateway.",
    },
  });

/** 403: signed in, but this role may not do this. */
export const forbidden = (allowed: readonly string[]) =>
  new ProblemException({
    status: 403,
    type: 'forbidden',
    vi: {
      title: 'Không có quyền',
      detail: `Thao tác này dành cho vai trò: ${allowed.join(', ') || '(không ai)'}.`,
    },
    en: { title: 'Forbidden', detail: `This action is for the roles: ${allowed.join(', ') || '(nobody)'}.` },
  });

/** 503: the provider's keys cannot be fetched right now; the token may well be good. */
export const keysUnavailable = () =>
  new ProblemException({
    status: 503,
    type: 'identity-provider-unavailable',
    retryAfterSeconds: 5,
    vi: {
      title: 'Chưa kiểm tra được đăng nhập',
      detail: 'Không lấy được khóa của nhà cung cấp định danh; thử lại sau.',
    },
    en: {
      title: 'Sign-in cannot be checked',
      detail: "The identity provider's keys are unreachable; try again shortly.",
    },
  });

/** 400 when a new record's organization cannot be chosen; 404-like refusals are the service's own. */
export const tenantRequired = (reason: 'none' | 'ambiguous' | 'not-member', requested?: string) =>
  new ProblemException({
    status: reason === 'not-member' ? 403 : 400,
    type: 'tenant-required',
    errors: [
      {
        field: 'tenant',
        code: reason,
        vi:
          reason === 'none'
            ? 'Tài khoản chưa thuộc đơn vị nào; hãy ghi rõ đơn vị (tenant).'
            : reason === 'ambiguous'
              ? 'Tài khoản thuộc nhiều đơn vị; hãy chọn một (tenant).'
              : `Tài khoản không thuộc đơn vị ${requested}.`,
        en:
          reason === 'none'
            ? 'The account belongs to no organization; name one (tenant).'
            : reason === 'ambiguous'
              ? 'The account belongs to several organizations; choose one (tenant).'
              : `The account does not belong to ${requested}.`,
      },
    ],
    vi: { title: 'Chưa rõ đơn vị sở hữu', detail: 'Không xác định được đơn vị sở hữu bản ghi mới.' },
    en: { title: 'Owning organization unclear', detail: 'The organization owning the new record could not be chosen.' },
  });
