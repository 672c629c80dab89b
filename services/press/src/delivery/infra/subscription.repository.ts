import { Injectable } from '@nestjs/common';
import type { DraftKind } from '@tdkt/contracts';
import type { EntityManager } from 'typeorm';
import type { Subscription } from '../domain/subscription';

const toSubscription = (r: Record<string, never>): Subscription => ({
  id: r.id,
  pressOffice: r.press_office,
  organizations: r.organizations,
  kinds: r.kinds as DraftKind[],
  ...(r.webhook_url ? { webhookUrl: r.webhook_url } : {}),
  secret: r.secret,
  createdAt: r.created_at,
  ...(r.tenant ? { tenant: r.tenant } : {}),
});

@Injectable()
export class SubscriptionRepository {
  async insert(m: EntityManager, s: Subscription): Promise<void> {
    await m.query(
      'INSERT INTO subscriptions (id, press_office, organizations, kinds, webhook_url, secret, created_at, tenant) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [
        s.id,
        s.pressOffice,
        JSON.stringify(s.organizations),
        JSON.stringify(s.kinds),
        s.webhookUrl ?? null,
        s.secret,
        s.createdAt,
        s.tenant ?? null,
      ],
    );
  }

  async get(m: EntityManager, id: string): Promise<Subscription | undefined> {
    const [r] = await m.query('SELECT * FROM subscriptions WHERE id = $1', [id]);
    return r ? toSubscription(r) : undefined;
  }

  async all(m: EntityManager): Promise<Subscription[]> {
    return (await m.query('SELECT * FROM subscriptions ORDER BY created_at, id')).map(toSubscription);
  }

  /** A page of the subscriptions of these tenants (`null`: all). */
  async page(
    m: EntityManager,
    page: number,
    pageSize: number,
    tenants: readonly string[] | null,
  ): Promise<{ items: Subscription[]; total: number }> {
    const rows = await m.query(
      `SELECT * FROM subscriptions WHERE ($3::text[] IS NULL OR tenant = ANY($3))
       ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize, tenants],
    );
    const [{ n }] = await m.query(
      'SELECT count(*)::int AS n FROM subscriptions WHERE ($1::text[] IS NULL OR tenant = ANY($1))',
      [tenants],
    );
    return { items: rows.map(toSubscription), total: n };
  }
}
