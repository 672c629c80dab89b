import { ProblemException } from '@tdkt/service-kit';

/** The gateway's own failures, in both languages (the ProblemFilter renders them). */
export const problems = {
  notSignedIn: () =>
    new ProblemException({
      status: 401,
      type: 'not-signed-in',
      vi: { title: 'Chưa đăng nhập', detail: 'Phiên làm việc không tồn tại hoặc đã hết hạn; hãy đăng nhập lại.' },
      en: { title: 'Not signed in', detail: 'There is no session or it has expired; sign in again.' },
    }),
  sessionEnded: () =>
    new ProblemException({
      status: 401,
      type: 'session-ended',
      vi: {
        title: 'Phiên làm việc đã kết thúc',
        detail: 'Không gia hạn được quyền truy cập với nhà cung cấp định danh; hãy đăng nhập lại.',
      },
      en: { title: 'Session ended', detail: 'The identity provider did not renew access; sign in again.' },
    }),
  badReturnTo: () =>
    new ProblemException({
      status: 400,
      type: 'invalid-return-to',
      vi: {
        title: 'Địa chỉ quay lại không hợp lệ',
        detail: 'returnTo phải là một đường dẫn trong trang này (bắt đầu bằng một dấu /), không phải một địa chỉ khác.',
      },
      en: {
        title: 'Invalid return address',
        detail: 'returnTo must be a path on this site (starting with a single /), not another address.',
      },
    }),
  loginFailed: (reason: string) =>
    new ProblemException({
      status: 400,
      type: 'login-failed',
      vi: { title: 'Đăng nhập không thành công', detail: `Hãy đăng nhập lại từ đầu (${reason}).` },
      en: { title: 'Sign-in failed', detail: `Start the sign-in again (${reason}).` },
    }),
  unknownService: (name: string) =>
    new ProblemException({
      status: 404,
      type: 'unknown-service',
      vi: { title: 'Không tìm thấy', detail: `Không có dịch vụ "${name.slice(0, 60)}" sau cổng này.` },
      en: { title: 'Not found', detail: `There is no service "${name.slice(0, 60)}" behind this gateway.` },
    }),
  csrf: () =>
    new ProblemException({
      status: 403,
      type: 'csrf-token-invalid',
      vi: {
        title: 'Thiếu mã chống giả mạo yêu cầu',
        detail: 'Yêu cầu thay đổi dữ liệu bằng phiên đăng nhập cần header x-csrf-token hợp lệ (lấy từ /auth/me).',
      },
      en: {
        title: 'Missing or invalid CSRF token',
        detail: 'A change made with a session cookie needs a valid x-csrf-token header (from /auth/me).',
      },
    }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new ProblemException({
      status: 429,
      type: 'too-many-requests',
      retryAfterSeconds,
      vi: {
        title: 'Quá nhiều yêu cầu',
        detail: `Bạn đã gửi quá nhiều yêu cầu loại này; hãy thử lại sau ${retryAfterSeconds} giây.`,
      },
      en: {
        title: 'Too many requests',
        detail: `Too many requests of this kind; try again in ${retryAfterSeconds} seconds.`,
      },
    }),
  providerUnavailable: () =>
    new ProblemException({
      status: 503,
      type: 'identity-provider-unavailable',
      retryAfterSeconds: 10,
      vi: {
        title: 'Dịch vụ định danh không phản hồi',
        detail: 'Không liên lạc được nhà cung cấp định danh; hãy thử lại sau.',
      },
      en: { title: 'Identity provider unavailable', detail: 'The identity provider does not answer; try again later.' },
    }),
  upstreamUnavailable: (name: string) =>
    new ProblemException({
      status: 502,
      type: 'upstream-unavailable',
      vi: { title: 'Dịch vụ không phản hồi', detail: `Dịch vụ ${name} không phản hồi; hãy thử lại sau.` },
      en: { title: 'Service unavailable', detail: `The ${name} service does not answer; try again later.` },
    }),
};
