import { Catch, type INestApplication, type RpcExceptionFilter } from '@nestjs/common';
import {
  type NestMicroservice,
  Server,
  type CustomTransportStrategy,
  type MessageHandler,
} from '@nestjs/microservices';
import { eventDefinition, type CloudEvent } from '@tdkt/contracts';
import { lastValueFrom, throwError, type Observable } from 'rxjs';
import type { EntityManager } from 'typeorm';
import type { EventHandler } from '../consumer/event-handler';
import { InboxContext } from './inbox.context';
import { MessagingRuntime } from './messaging.runtime';

/**
 * Nest's extension point for a message broker, over our consumer runner: Nest discovers the
 * `@EventPattern(SomeEvent.type)` methods of the controllers, and each runs inside the inbox
 * transaction with the runner's guarantees (schema validation, retries, the dead-letter topic).
 * Several methods for one event type run one after another in the same transaction.
 */
export class InboxTransport extends Server implements CustomTransportStrategy {
  constructor(private readonly runtime: MessagingRuntime) {
    super();
  }

  listen(callback: (...optionalParams: unknown[]) => unknown): void {
    const handlers: EventHandler[] = [];
    for (const [pattern, first] of this.messageHandlers) {
      if (!first.isEventHandler)
        throw new Error(`@MessagePattern('${pattern}'): only @EventPattern handlers are consumed (events, no replies)`);
      const event = eventDefinition(pattern);
      if (!event) throw new Error(`@EventPattern('${pattern}') names no event type of @tdkt/contracts`);
      handlers.push({ event, handle: (e, manager) => this.invoke(first, e, manager) });
    }
    this.runtime.consume(handlers);
    callback();
  }

  /** The runtime stops consuming at application shutdown, before the database closes. */
  close(): void {}

  on(): never {
    throw new Error('InboxTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.runtime as T;
  }

  private async invoke(first: MessageHandler, event: CloudEvent, manager: EntityManager): Promise<void> {
    const ctx = new InboxContext([event, manager]);
    for (let handler: MessageHandler | undefined = first; handler; handler = handler.next) {
      await lastValueFrom(this.transformToObservable(await handler(event, ctx)), { defaultValue: undefined });
    }
  }
}

/**
 * Nest turns an error thrown by a microservice handler into `{ status: 'error', message:
 * 'Internal server error' }`; the consumer runner needs the error itself (a NonRetriableError
 * is dead-lettered at once, a database outage waited for, the reason written on the dead letter).
 */
@Catch()
export class InboxErrorPassThrough implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}

/** Connects the event transport to a (hybrid) app; start it with `app.startAllMicroservices()` before `listen()`. */
export function connectInboxTransport(app: INestApplication): void {
  // deferred, so the filter is in place before Nest wraps the handlers; then what
  // connectMicroservice does by default (the app's own init runs the lifecycle hooks once)
  const ms = app.connectMicroservice(
    { strategy: new InboxTransport(app.get(MessagingRuntime)) },
    { deferInitialization: true },
  ) as unknown as NestMicroservice;
  ms.useGlobalFilters(new InboxErrorPassThrough());
  ms.registerListeners();
  ms.setIsInitialized(true);
  ms.setIsInitHookCalled(true);
}
