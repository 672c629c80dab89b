import { BaseRpcContext } from '@nestjs/microservices';
import type { CloudEvent } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';

/**
 * What an `@EventPattern` handler gets with `@Ctx()`: the event and the inbox transaction it runs
 * in. Write through `manager` (and add follow-up events to the outbox with it) so the effects and
 * the inbox row commit together.
 */
export class InboxContext extends BaseRpcContext<[CloudEvent, EntityManager]> {
  get event(): CloudEvent {
    return this.args[0];
  }

  get manager(): EntityManager {
    return this.args[1];
  }
}
