import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { HttpRequest } from '../http/http-types';
import { markRouteTemplate } from './route-template';

/**
 * Remembers which route template a request reached, for the duration histogram recorded by
 * httpMetricsMiddleware (a handler's own 404 is then labelled with its route, not as unmatched).
 */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') markRouteTemplate(context.switchToHttp().getRequest<HttpRequest>());
    return next.handle();
  }
}
