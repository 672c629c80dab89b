import { randomUUID } from 'node:crypto';
import {
  createTestDatabase,
  dropTestDatabase,
  httpClient,
  migrateOver,
  tokenFor,
  uniqueNamespace,
} from '@tdkt/testing';
import type { DataSource } from 'typeorm';
import { Drafts1700000000200 } from '../src/migrations/1700000000200-drafts';
import { Newsroom1700000000201 } from '../src/migrations/1700000000201-newsroom';
import { Delivery1700000000202 } from '../src/migrations/1700000000202-delivery';
import { WebhookClaims1700000000203 } from '../src/migrations/1700000000203-webhook-claims';
import { StaleSubjects1700000000204 } from '../src/migrations/1700000000204-stale-subjects';
import { ConferenceReplica1700000000210 } from '../src/migrations/1700000000210-conference-replica';
import { Tenancy1700000000220 } from '../src/migrations/1700000000220-tenancy';
import { startPress } from './press-app.harness';

/** Drafts and subscriptions from before tenancy: kept, tenant NULL, visible to admin only. */
describe('press: the tenancy migration (real PostgreSQL, Kafka and identity provider)', () => {
  const db = createTestDatabase('press_tenancy_mig');
  const draftId = randomUUID();
  const subscriptionId = randomUUID();
  let ds: DataSource;
  let press: Awaited<ReturnType<typeof startPress>>;

  beforeAll(async () => {
    // tokens first, while the test users' password is this run's (see press-app.harness)
    for (const u of ['test-admin', 'test-press-officer', 'test-outsider', 'bao.phongvien'] as const) await tokenFor(u);
    const step = {
      before: [
        Drafts1700000000200,
        Newsroom1700000000201,
        Delivery1700000000202,
        WebhookClaims1700000000203,
        StaleSubjects1700000000204,
        ConferenceReplica1700000000210,
      ],
      after: [Tenancy1700000000220],
    };
    ds = await migrateOver(await db, step, async (old) => {
      const content = { title: 'Bản tin cũ', paragraphs: [{ role: 'lead', text: 'Sáng 5/3…', sources: ['e1'] }] };
      await old.query(
        `INSERT INTO drafts (id, kind, subject_id, version, title, paragraphs, generated_at, base)
         VALUES ($1, 'covenant-signing', $2, 1, $3, $4, now(), $5)`,
        [draftId, randomUUID(), content.title, JSON.stringify(content.paragraphs), content],
      );
      await old.query(
        `INSERT INTO draft_transitions (draft_id, action, from_status, to_status, version, actor, role, at)
         VALUES ($1, 'submit', 'draft', 'in_review', 1, 'Lò Thị Mai', 'press-officer', now())`,
        [draftId],
      );
      await old.query(
        `INSERT INTO subscriptions (id, press_office, organizations, kinds, secret, created_at)
         VALUES ($1, 'Báo Sơn La', '[]', '[]', 'whsec_AAAA', now())`,
        [subscriptionId],
      );
    });
    press = await startPress(await db, uniqueNamespace('press-tenancy-mig'));
  });

  afterAll(async () => {
    await press?.stop();
    await ds.destroy();
    await dropTestDatabase(await db);
  });

  it('keeps the old rows with no tenant and no actor id, and adds the coverage table', async () => {
    expect(await ds.query('SELECT tenant FROM drafts WHERE id = $1', [draftId])).toEqual([{ tenant: null }]);
    expect(await ds.query('SELECT actor, actor_id FROM draft_transitions WHERE draft_id = $1', [draftId])).toEqual([
      { actor: 'Lò Thị Mai', actor_id: null },
    ]);
    expect(await ds.query('SELECT tenant FROM subscriptions WHERE id = $1', [subscriptionId])).toEqual([
      { tenant: null },
    ]);
    expect(await ds.query('SELECT count(*)::int AS n FROM press_office_coverage')).toEqual([{ n: 0 }]);
    for (const table of ['rm_conferences', 'rm_covenants', 'publications'])
      expect(
        await ds.query(`SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = 'tenant'`, [
          table,
        ]),
      ).toHaveLength(1);
  });

  it('shows them to admin only', async () => {
    const admin = httpClient(press.url, { as: 'test-admin' });
    expect((await admin.get(`/drafts/${draftId}`)).body).toMatchObject({ id: draftId, tenant: null });
    expect((await admin.get(`/subscriptions/${subscriptionId}`)).status).toBe(200);
    for (const user of ['test-press-officer', 'test-outsider', 'bao.phongvien'] as const) {
      const client = httpClient(press.url, { as: user });
      expect([user, (await client.get(`/drafts/${draftId}`)).status]).toEqual([user, 404]);
      expect([user, (await client.get(`/subscriptions/${subscriptionId}`)).status]).toEqual([user, 404]);
      expect((await client.get('/drafts')).body.total).toBe(0);
    }
    // the audit trail of before stays as it was: a name, no id
    expect((await admin.get(`/drafts/${draftId}/transitions`)).body.items[0]).toMatchObject({
      actor: 'Lò Thị Mai',
      actorId: null,
    });
  });
});
