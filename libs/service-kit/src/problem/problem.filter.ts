import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { currentCorrelation } from '@tdkt/contracts';
import { EventTooLargeError } from '@tdkt/messaging';
import { type HttpRequest, type HttpResponse, requestPath } from '../http/http-types';
import { DEFAULT_BODY_LIMIT, SERVICE_KIT_OPTIONS, type ServiceKitOptions } from '../service-kit.options';
import { urlRedactor } from '../logging/url-redaction';
import { authProblem } from './auth-problems';
import { databaseProblem } from './database-errors';
import { genericProblem, problemFromHttpException } from './http-problems';
import { preferredLanguage } from './language';
import { loggableError } from './loggable-error';
import { toProblemDocument } from './problem-document';
import { ProblemException } from './problem.exception';
import { PROBLEM_CONTENT_TYPE, type ProblemInit } from './problem.types';

/**
 * The one place HTTP errors become RFC 9457 problem+json: ProblemException as thrown, domain
 * errors through the service's mapError, Nest's own HttpExceptions with generic bilingual texts,
 * anything else as a 500 that is logged but never shown.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);
  private readonly redactUrl: (url: string) => string;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(SERVICE_KIT_OPTIONS) private readonly options: ServiceKitOptions,
  ) {
    this.redactUrl = urlRedactor(options.secretRoutes);
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    // Kafka consumers and other transports handle their own failures
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const req = http.getRequest<HttpRequest>();
    const res = http.getResponse<HttpResponse>();
    const problem = this.toProblem(exception, req);

    if (problem.status >= 500) {
      this.logger.error(
        { err: loggableError(exception), status: problem.status },
        `${req.method} ${this.redactUrl(requestPath(req))} failed`,
      );
    }
    if (res.headersSent) {
      // too late for a problem document; closing tells the client the body is incomplete
      res.destroy();
      return;
    }
    const correlationId = currentCorrelation()?.correlationId ?? (typeof req.id === 'string' ? req.id : undefined);
    const lang = preferredLanguage(req.headers['accept-language']);
    const doc = toProblemDocument(problem, lang, requestPath(req), correlationId);
    const adapter = this.adapterHost.httpAdapter;
    adapter.setHeader(res, 'Content-Type', PROBLEM_CONTENT_TYPE);
    adapter.setHeader(res, 'Content-Language', lang);
    if (problem.retryAfterSeconds !== undefined)
      adapter.setHeader(res, 'Retry-After', String(problem.retryAfterSeconds));
    adapter.reply(res, doc, problem.status);
  }

  private toProblem(exception: unknown, req: HttpRequest): ProblemInit {
    if (exception instanceof ProblemException) return exception.problem;
    const auth = authProblem(exception);
    if (auth) return auth;
    const mapped = this.mapDomainError(exception);
    if (mapped) return mapped;
    const database = databaseProblem(exception);
    if (database?.status === 400) {
      // a gap in the validation worth closing; PostgreSQL's message quotes the value, so only the statement and SQLSTATE
      const e = exception as { query?: unknown; code?: unknown; driverError?: { code?: unknown } };
      this.logger.warn(
        { sqlState: e.driverError?.code ?? e.code, query: e.query },
        'the database refused a value the validation let through',
      );
    }
    if (database) return database;
    if (exception instanceof EventTooLargeError) return eventTooLarge(exception);
    if (exception instanceof HttpException) {
      return problemFromHttpException(exception, {
        method: req.method ?? 'GET',
        path: requestPath(req),
        bodyLimit: this.options.bodyLimit ?? DEFAULT_BODY_LIMIT,
      });
    }
    return genericProblem(500);
  }

  private mapDomainError(exception: unknown): ProblemInit | undefined {
    if (!this.options.mapError) return undefined;
    try {
      const mapped = this.options.mapError(exception);
      if (!mapped) return undefined;
      if (!Number.isInteger(mapped.status) || mapped.status < 400 || mapped.status > 599) {
        this.logger.error({ status: mapped.status }, 'mapError returned a problem with an invalid status');
        return undefined;
      }
      return mapped;
    } catch (err) {
      this.logger.error({ err }, 'mapError threw');
      return undefined;
    }
  }
}

// what the request asked for would make an event the broker cannot carry: nothing was written
function eventTooLarge(e: EventTooLargeError): ProblemInit {
  const kib = Math.floor(e.limit / 1024);
  return {
    status: 413,
    type: 'event-too-large',
    vi: {
      title: 'Dữ liệu quá lớn',
      detail: `Thay đổi này tạo ra sự kiện ${e.type} lớn ${Math.ceil(e.bytes / 1024)} KiB, vượt giới hạn ${kib} KiB; hãy chia nhỏ (ít người nhận hơn, văn bản ngắn hơn). Chưa có gì được ghi.`,
    },
    en: {
      title: 'Payload too large',
      detail: `This change would make a ${e.type} event of ${Math.ceil(e.bytes / 1024)} KiB, over the limit of ${kib} KiB; split it (fewer recipients, shorter texts). Nothing was written.`,
    },
  };
}
