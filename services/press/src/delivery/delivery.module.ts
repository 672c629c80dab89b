import { Module } from '@nestjs/common';
import { SubscriptionRepository } from './infra/subscription.repository';
import { SubscriptionsController } from './subscriptions.controller';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WebhookQueue } from './webhook-queue';

@Module({
  controllers: [SubscriptionsController],
  providers: [SubscriptionRepository, WebhookQueue, WebhookDispatcher],
  exports: [WebhookQueue],
})
export class DeliveryModule {}
