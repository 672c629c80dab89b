import { Module } from '@nestjs/common';
import { SubscriptionRepository } from './infra/subscription.repository';
import { SubscriptionsController } from './subscriptions.controller';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WebhookQueue } from './webhook-queue';
import { WebhookUrlPolicy } from './webhook-url.policy';

@Module({
  controllers: [SubscriptionsController],
  providers: [SubscriptionRepository, WebhookQueue, WebhookDispatcher, WebhookUrlPolicy],
  exports: [WebhookQueue],
})
export class DeliveryModule {}
