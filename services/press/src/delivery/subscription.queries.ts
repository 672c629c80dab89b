import { Injectable } from '@nestjs/common';
import type { DraftKind } from '@tdkt/contracts';
import { DataSource } from 'typeorm';
import type { Paragraph } from '../drafts/domain/draft';
import { subscriptionMatches, type Subscription } from './domain/subscription';
import { SubscriptionRepository } from './infra/subscription.repository';

/** One webhook delivery with its attempts (`log`, oldest first), as the delivery log shows it. */
export interface DeliveryRow {
  id: string;
  publication_id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  delivered_at: Date | null;
  created_at: Date;
  log: { attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number | null }[];
}

/** One publication with the text of its published version. */
export interface PublicationRow {
  id: string;
  draft_id: string;
  version: number;
  kind: DraftKind;
  title: string;
  organizations: string[];
  published_by: string;
  published_at: Date;
  paragraphs: Paragraph[];
}

/** Read side of the subscriptions: the list, one, its delivery log, the publications its feed shows. */
@Injectable()
export class SubscriptionQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
  ) {}

  page(
    page: number,
    pageSize: number,
    tenants: readonly string[] | null,
  ): Promise<{ items: Subscription[]; total: number }> {
    return this.subscriptions.page(this.dataSource.manager, page, pageSize, tenants);
  }

  get(id: string): Promise<Subscription | undefined> {
    return this.subscriptions.get(this.dataSource.manager, id);
  }

  /** The subscription's deliveries, newest first. */
  async deliveries(
    subscriptionId: string,
    page: number,
    pageSize: number,
  ): Promise<{ items: DeliveryRow[]; total: number }> {
    const m = this.dataSource.manager;
    const items = await m.query<DeliveryRow[]>(
      `SELECT d.id, d.publication_id, d.status, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at, d.created_at,
              COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'at', a.at, 'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
                        FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS log
       FROM webhook_deliveries d WHERE d.subscription_id = $1 ORDER BY d.created_at DESC, d.id LIMIT $2 OFFSET $3`,
      [subscriptionId, pageSize, (page - 1) * pageSize],
    );
    const [{ n }] = await m.query<[{ n: number }]>(
      'SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1',
      [subscriptionId],
    );
    return { items, total: n };
  }

  /** The newest publications the subscription matches, at most `count`, looked for among the latest 500. */
  async matchingPublications(s: Subscription, count: number): Promise<PublicationRow[]> {
    const rows = await this.dataSource.manager.query<PublicationRow[]>(
      `SELECT p.id, p.draft_id, p.version, p.kind, p.title, p.organizations, p.published_by, p.published_at, v.paragraphs
       FROM publications p JOIN draft_versions v ON v.draft_id = p.draft_id AND v.version = p.version
       ORDER BY p.published_at DESC, p.id LIMIT 500`,
    );
    return rows.filter((r) => subscriptionMatches(s, { kind: r.kind, organizations: r.organizations })).slice(0, count);
  }
}
