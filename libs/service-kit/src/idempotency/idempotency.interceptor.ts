import { createHash } from 'node:crypto';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable, catchError } from 'rxjs';
import { DataSource } from 'typeorm';
import { ProblemException } from '../problem/problem.exception';

interface IncomingRequest {
  method: string;
  originalUrl: string;
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
  /** an uploaded file (multer's FileInterceptor, run before this interceptor) */
  file?: { buffer?: Buffer };
  /** the verified caller (libs/auth's guard runs before interceptors) */
  actor?: { id: string };
}
interface OutgoingResponse {
  status(code: number): OutgoingResponse;
  setHeader(name: string, value: string): unknown;
}

/** After this long an unfinished request with the same key is taken to have died with its process. */
const ABANDONED_AFTER_MS = 60_000;
/** A stored answer is replayed for a day; after that the key is free again and the row goes. */
const KEPT_FOR = '24 hours';

/**
 * Honours `Idempotency-Key` on POSTs that create things, per caller and for 24 hours: the first
 * request runs and its answer is stored; a retry with the same key and body gets the same answer (`Idempotent-Replayed:
 * true`) without running again; the same key with another body is refused. A failed request
 * frees its key, so the client may retry it.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const http = context.switchToHttp();
    const req = http.getRequest<IncomingRequest>();
    const res = http.getResponse<OutgoingResponse>();
    const raw = req.headers['idempotency-key'];
    const key = Array.isArray(raw) ? raw[0] : raw;
    if (req.method !== 'POST' || key === undefined) return next.handle();
    if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw invalidKey();

    // per caller: one caller's key never replays another caller's stored answer
    const scope = `${req.actor?.id ?? '-'} ${req.method} ${req.originalUrl.split('?')[0]}`;
    const digest = createHash('sha256').update(JSON.stringify(req.body ?? null));
    // a multipart upload: the same key with another file is another request
    if (req.file?.buffer) digest.update(req.file.buffer);
    const hash = digest.digest('hex');
    const status = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? 201;

    const claimed = await this.dataSource.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET created_at = now(), request_hash = EXCLUDED.request_hash
         WHERE (idempotency_keys.completed_at IS NULL AND idempotency_keys.created_at < now() - $4::interval)
            OR idempotency_keys.created_at < now() - $5::interval
       RETURNING key`,
      [scope, key, hash, `${ABANDONED_AFTER_MS} milliseconds`, KEPT_FOR],
    );
    // expired answers go a few at a time, so the table stays the size of a day's traffic
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE ctid IN
         (SELECT ctid FROM idempotency_keys WHERE created_at < now() - $1::interval LIMIT 50)`,
      [KEPT_FOR],
    );
    if (claimed.length === 0) {
      const [row] = await this.dataSource.query(
        'SELECT request_hash, status_code, response, completed_at FROM idempotency_keys WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      if (row.request_hash !== hash) throw keyReused();
      if (!row.completed_at) throw stillRunning();
      res.status(row.status_code).setHeader('Idempotent-Replayed', 'true');
      return from([row.response]);
    }

    return next.handle().pipe(
      mergeMap(async (body) => {
        await this.dataSource.query(
          'UPDATE idempotency_keys SET status_code = $3, response = $4, completed_at = now() WHERE scope = $1 AND key = $2',
          [scope, key, status, JSON.stringify(body ?? null)],
        );
        return body;
      }),
      catchError(async (err) => {
        await this.dataSource.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [scope, key]);
        throw err;
      }),
    );
  }
}

const invalidKey = () =>
  new ProblemException({
    status: 400,
    vi: {
      title: 'Dữ liệu không hợp lệ',
      detail: 'Idempotency-Key phải gồm 1–255 ký tự in được, không có khoảng trắng',
    },
    en: { title: 'Invalid request', detail: 'Idempotency-Key must be 1–255 printable characters without spaces' },
    errors: [
      {
        field: 'Idempotency-Key',
        code: 'invalidIdempotencyKey',
        vi: '1–255 ký tự in được',
        en: '1–255 printable characters',
      },
    ],
  });

const keyReused = () =>
  new ProblemException({
    status: 422,
    type: 'idempotency-key-reused',
    vi: {
      title: 'Idempotency-Key đã dùng cho yêu cầu khác',
      detail: 'Khóa này đã được dùng với nội dung khác; hãy dùng khóa mới cho yêu cầu mới',
    },
    en: {
      title: 'Idempotency-Key reused',
      detail: 'This key was used with a different body; use a new key for a new request',
    },
  });

const stillRunning = () =>
  new ProblemException({
    status: 409,
    type: 'idempotency-key-in-progress',
    vi: {
      title: 'Yêu cầu đang được xử lý',
      detail: 'Một yêu cầu với cùng Idempotency-Key đang được xử lý; hãy thử lại sau giây lát',
    },
    en: {
      title: 'Request in progress',
      detail: 'A request with this Idempotency-Key is still being processed; retry shortly',
    },
  });
