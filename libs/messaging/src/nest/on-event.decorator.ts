import { EventPattern } from '@nestjs/microservices';
import type { CloudEvent, EventDefinition } from '@tdkt/contracts';
import type { InboxContext } from './inbox.context';

type InboxHandler<T> = (event: CloudEvent<T>, ctx: InboxContext) => Promise<void> | void;

/**
 * Nest's `@EventPattern(def.type)` for one of the platform's events, with the handler checked
 * against it: `(@Payload() event: CloudEvent<Data>, @Ctx() ctx: InboxContext)` (plain
 * `@EventPattern('…')` types the payload `{}` and the context `unknown`).
 */
export const OnEvent = <T>(def: EventDefinition<T>) =>
  EventPattern<string>(def.type) as <H extends InboxHandler<T>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ) => void;
