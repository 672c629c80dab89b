import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { PRESS_CONFIG, type PressConfig } from '../config/press.config';
import type { DraftState } from '../drafts/domain/draft';
import { plainText } from '../drafts/domain/draft';
import type { PublicationRecord } from '../drafts/infra/draft.records';
import { subscriptionMatches } from './domain/subscription';
import { SubscriptionRepository } from './infra/subscription.repository';

/**
 * A publication queued for every matching press office with a webhook, in the publishing
 * transaction: the queue row exists if and only if the publication does. The body is fixed
 * now (its signature covers these exact bytes, on every retry).
 */
@Injectable()
export class WebhookQueue {
  constructor(
    private readonly subscriptions: SubscriptionRepository,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  async enqueue(m: EntityManager, p: PublicationRecord, d: DraftState): Promise<number> {
    const targets = (await this.subscriptions.all(m)).filter(
      (s) =>
        s.webhookUrl && subscriptionMatches(s, { kind: p.kind as DraftState['kind'], organizations: p.organizations }),
    );
    const base = this.config.press.publicUrl;
    for (const s of targets) {
      const id = `msg_${randomUUID().replace(/-/g, '')}`;
      const payload = JSON.stringify({
        type: 'press.draft-published',
        timestamp: p.publishedAt.toISOString(),
        data: {
          publicationId: p.id,
          draftId: d.id,
          version: p.version,
          kind: p.kind,
          subjectId: p.subjectId,
          title: d.title,
          paragraphs: d.paragraphs.map((x) => ({ role: x.role, text: x.text })),
          text: plainText(d),
          organizations: p.organizations,
          publishedBy: p.publishedBy,
          publishedAt: p.publishedAt.toISOString(),
          links: {
            html: `${base}/drafts/${d.id}/export.html?version=${p.version}`,
            markdown: `${base}/drafts/${d.id}/export.md?version=${p.version}`,
            docx: `${base}/drafts/${d.id}/export.docx?version=${p.version}`,
          },
        },
      });
      await m.query(
        `INSERT INTO webhook_deliveries (id, subscription_id, publication_id, payload, status, next_attempt_at, created_at)
         VALUES ($1, $2, $3, $4, 'pending', now(), now())`,
        [id, s.id, p.id, payload],
      );
    }
    return targets.length;
  }
}
