import { ForbiddenError, KeysUnavailableError, TenantChoiceError, UnauthenticatedError } from '@tdkt/auth';
import type { ProblemInit } from './problem.types';

/** 401: no usable token. The same answer whatever was wrong with it, so it tells a forger nothing. */
const unauthenticated = (): ProblemInit => ({
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
const forbidden = (allowed: readonly string[]): ProblemInit => ({
  status: 403,
  type: 'forbidden',
  vi: {
    title: 'Không có quyền',
    detail: `Thao tác này dành cho vai trò: ${allowed.join(', ') || '(không ai)'}.`,
  },
  en: { title: 'Forbidden', detail: `This action is for the roles: ${allowed.join(', ') || '(nobody)'}.` },
});

/** 503: the provider's keys cannot be fetched right now; the token may well be good. */
const keysUnavailable = (): ProblemInit => ({
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

/** 400 when a new record's organization cannot be chosen (403 when the caller names one not theirs); 404s are the service's own. */
const tenantRequired = (reason: 'none' | 'ambiguous' | 'not-member', requested?: string): ProblemInit => ({
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

/** The problem for an error of libs/auth, or undefined. */
export function authProblem(e: unknown): ProblemInit | undefined {
  if (e instanceof UnauthenticatedError) return unauthenticated();
  if (e instanceof ForbiddenError) return forbidden(e.allowed);
  if (e instanceof KeysUnavailableError) return keysUnavailable();
  if (e instanceof TenantChoiceError) return tenantRequired(e.reason, e.requested);
  return undefined;
}
