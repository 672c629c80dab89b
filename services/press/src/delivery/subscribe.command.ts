import { Injectable } from '@nestjs/common';
import type { DraftKind } from '@tdkt/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { newWebhookSecret } from './domain/standard-webhooks';
import type { Subscription } from './domain/subscription';
import { SubscriptionRepository } from './infra/subscription.repository';
import { WebhookUrlPolicy } from './webhook-url.policy';

export interface NewSubscription {
  pressOffice: string;
  organizations: string[];
  kinds: string[];
  webhookUrl?: string;
  /** the press office (tenant) it belongs to */
  tenant: string;
}

/** A press office subscribes: its webhook URL checked first (422), a new signing secret (whsec_…) made. */
@Injectable()
export class SubscribeCommand {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly webhookUrls: WebhookUrlPolicy,
  ) {}

  async execute(input: NewSubscription): Promise<Subscription> {
    if (input.webhookUrl) await this.webhookUrls.check(input.webhookUrl);
    const s: Subscription = {
      id: randomUUID(),
      pressOffice: input.pressOffice.normalize('NFC').trim(),
      organizations: input.organizations.map((o) => o.normalize('NFC').trim()),
      kinds: input.kinds as DraftKind[],
      ...(input.webhookUrl ? { webhookUrl: input.webhookUrl } : {}),
      secret: newWebhookSecret(),
      createdAt: new Date(),
      tenant: input.tenant,
    };
    await this.subscriptions.insert(this.dataSource.manager, s);
    return s;
  }
}
