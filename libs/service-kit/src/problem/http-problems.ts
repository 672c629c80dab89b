import { STATUS_CODES } from 'node:http';
import type { HttpException } from '@nestjs/common';
import { INVALID_UTF8, MAX_JSON_DEPTH, TOO_DEEP } from '../http/json-body';
import type { ProblemInit, ProblemText } from './problem.types';

interface Generic {
  type: string;
  vi: ProblemText;
  en: ProblemText;
}

/** Bilingual generic texts for the statuses Nest and the body parser produce on their own. */
const GENERIC: Record<number, Generic> = {
  400: g(
    'bad-request',
    ['Yêu cầu không hợp lệ', 'Máy chủ không thể xử lý yêu cầu này.'],
    ['Bad request', 'The request could not be understood.'],
  ),
  401: g(
    'unauthorized',
    ['Chưa xác thực', 'Cần đăng nhập để thực hiện thao tác này.'],
    ['Unauthorized', 'Authentication is required.'],
  ),
  403: g(
    'forbidden',
    ['Không có quyền', 'Bạn không có quyền thực hiện thao tác này.'],
    ['Forbidden', 'You are not allowed to do this.'],
  ),
  404: g(
    'not-found',
    ['Không tìm thấy', 'Không tìm thấy tài nguyên được yêu cầu.'],
    ['Not found', 'The requested resource was not found.'],
  ),
  405: g(
    'method-not-allowed',
    ['Phương thức không được hỗ trợ', 'Tài nguyên này không hỗ trợ phương thức HTTP đã dùng.'],
    ['Method not allowed', 'This resource does not support the HTTP method used.'],
  ),
  406: g(
    'not-acceptable',
    ['Không đáp ứng được định dạng', 'Không thể trả về nội dung theo định dạng được yêu cầu.'],
    ['Not acceptable', 'No representation matches the Accept header.'],
  ),
  408: g(
    'request-timeout',
    ['Hết thời gian chờ', 'Yêu cầu không được gửi xong kịp thời.'],
    ['Request timeout', 'The request was not completed in time.'],
  ),
  409: g(
    'conflict',
    ['Xung đột dữ liệu', 'Yêu cầu xung đột với trạng thái hiện tại của tài nguyên.'],
    ['Conflict', 'The request conflicts with the current state of the resource.'],
  ),
  410: g(
    'gone',
    ['Không còn tồn tại', 'Tài nguyên này không còn tồn tại.'],
    ['Gone', 'The resource no longer exists.'],
  ),
  412: g(
    'precondition-failed',
    ['Điều kiện không thỏa', 'Điều kiện kèm theo yêu cầu không được đáp ứng.'],
    ['Precondition failed', 'A precondition of the request was not met.'],
  ),
  413: g(
    'payload-too-large',
    ['Nội dung quá lớn', 'Nội dung yêu cầu vượt quá giới hạn cho phép.'],
    ['Payload too large', 'The request body exceeds the allowed size.'],
  ),
  415: g(
    'unsupported-media-type',
    ['Kiểu nội dung không được hỗ trợ', 'Hãy gửi nội dung dạng application/json.'],
    ['Unsupported media type', 'Send the body as application/json.'],
  ),
  422: g(
    'unprocessable',
    ['Không thể xử lý', 'Yêu cầu đúng cú pháp nhưng không thể thực hiện.'],
    ['Unprocessable content', 'The request is well-formed but cannot be carried out.'],
  ),
  429: g(
    'too-many-requests',
    ['Quá nhiều yêu cầu', 'Bạn đã gửi quá nhiều yêu cầu, hãy thử lại sau.'],
    ['Too many requests', 'Too many requests, try again later.'],
  ),
  500: g(
    'internal',
    ['Lỗi hệ thống', 'Đã xảy ra lỗi không mong muốn. Hãy thử lại sau hoặc báo cho quản trị viên kèm mã correlationId.'],
    ['Internal server error', 'An unexpected error occurred. Try again later or report it quoting the correlationId.'],
  ),
  501: g(
    'not-implemented',
    ['Chưa hỗ trợ', 'Chức năng này chưa được hỗ trợ.'],
    ['Not implemented', 'This is not supported yet.'],
  ),
  503: g(
    'service-unavailable',
    ['Dịch vụ tạm thời không khả dụng', 'Dịch vụ đang tạm thời không phục vụ được, hãy thử lại sau.'],
    ['Service unavailable', 'The service is temporarily unavailable, try again later.'],
  ),
};

function g(type: string, vi: [string, string], en: [string, string]): Generic {
  return { type, vi: { title: vi[0], detail: vi[1] }, en: { title: en[0], detail: en[1] } };
}

/** The generic problem for a status (unknown statuses fall back to 400- or 500-class texts). */
export function genericProblem(status: number): ProblemInit {
  const known =
    GENERIC[status] ??
    (status >= 500 ? { ...GENERIC[500], type: `http-${status}` } : { ...GENERIC[400], type: `http-${status}` });
  return { status, type: known.type, vi: { ...known.vi }, en: { ...known.en } };
}

/** The body parser's 400s (its own and those of `verifyJsonBody`), by error type. */
const BODY_PROBLEMS: Record<string, Generic> = {
  'entity.parse.failed': g(
    'malformed-json',
    ['JSON không hợp lệ', 'Nội dung yêu cầu không phải là JSON hợp lệ.'],
    ['Malformed JSON', 'The request body is not valid JSON.'],
  ),
  [INVALID_UTF8]: g(
    'invalid-encoding',
    ['Mã hóa không hợp lệ', 'Nội dung yêu cầu không phải là văn bản UTF-8 hợp lệ.'],
    ['Invalid encoding', 'The request body is not valid UTF-8 text.'],
  ),
  [TOO_DEEP]: g(
    'too-deep',
    ['Dữ liệu lồng nhau quá sâu', `Nội dung yêu cầu lồng nhau quá ${MAX_JSON_DEPTH} cấp.`],
    ['Nested too deep', `The request body is nested deeper than ${MAX_JSON_DEPTH} levels.`],
  ),
};

/** Context the filter knows about the request, used to make some texts precise. */
export interface RequestFacts {
  method: string;
  path: string;
  bodyLimit: string;
}

/**
 * A Nest HttpException (thrown by Nest itself, by the body parser through Nest's adapter, or by a
 * handler) as a bilingual problem. Only 4xx messages are passed on, in the English detail: 5xx
 * messages may carry internals.
 */
export function problemFromHttpException(exception: HttpException, facts: RequestFacts): ProblemInit {
  const status = exception.getStatus();
  const problem = genericProblem(status);
  const parserError = bodyParserType(exception.cause);

  const malformed = exception.cause instanceof SyntaxError ? 'entity.parse.failed' : parserError;
  const body = status === 400 && malformed ? BODY_PROBLEMS[malformed] : undefined;
  if (body) return { ...problem, type: body.type, vi: { ...body.vi }, en: { ...body.en } };
  if (status === 413) {
    problem.vi.detail = `Nội dung yêu cầu vượt quá giới hạn ${facts.bodyLimit}.`;
    problem.en.detail = `The request body exceeds the limit of ${facts.bodyLimit}.`;
    return problem;
  }
  if (status === 404 && exception.message.startsWith(`Cannot ${facts.method} `)) {
    // Nest's "no route" answer
    problem.vi.detail = `Không có đường dẫn ${facts.method} ${facts.path}.`;
    problem.en.detail = `There is no route ${facts.method} ${facts.path}.`;
    return problem;
  }
  if (status < 500 && !parserError && exception.message && exception.message !== STATUS_CODES[status]) {
    problem.en.detail = exception.message;
  }
  return problem;
}

function bodyParserType(cause: unknown): string | undefined {
  const type = (cause as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? type : undefined;
}
