import { Module } from '@nestjs/common';
import { SubscriptionRepository } from './infra/subscription.repository';
import { SubscribeCommand } from './subscribe.command';
import { SubscriptionQueries } from './subscription.queries';
import { SubscriptionsController } from './subscriptions.controller';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WebhookQueue } from './webhook-queue';
import { WebhookUrlPolicy } from './webhook-url.policy';

@Module({
  controllers: [SubscriptionsController],
  providers: [
    SubscriptionRepository,
    WebhookQueue,
    WebhookDispatcher,
    WebhookUrlPolicy,
    SubscribeCommand,
    SubscriptionQueries,
  ],
  exports: [WebhookQueue],
})
export class DeliveryModule {}
