import { Body, Controller, Get, Header, Headers, Inject, Param, ParseUUIDPipe, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DraftKind } from '@tdkt/contracts';
import { ApiIdempotencyKey, IdempotencyInterceptor, ProblemException } from '@tdkt/service-kit';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PRESS_CONFIG, type PressConfig } from '../config/press.config';
import { actorFrom } from '../drafts/actor';
import { plainText, type Paragraph } from '../drafts/domain/draft';
import { checkRole, PRESS_ROLES } from '../drafts/domain/workflow';
import { atomFeed } from './domain/atom-feed';
import { newWebhookSecret } from './domain/standard-webhooks';
import { subscriptionMatches, type Subscription } from './domain/subscription';
import { PageQuery } from '@tdkt/service-kit';
import { CreateSubscriptionDto } from './dto/subscription.dto';
import { SubscriptionRepository } from './infra/subscription.repository';
import { WebhookUrlPolicy } from './webhook-url.policy';

type Headers_ = Record<string, string | string[] | undefined>;
const view = ({ secret: _secret, ...s }: Subscription) => ({ ...s, createdAt: s.createdAt.toISOString() });

@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionRepository,
    private readonly webhookUrls: WebhookUrlPolicy,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({ summary: 'A press office subscribes (press lead): organizations and kinds; webhook optional. The secret (whsec_…) is shown once.' })
  async create(@Headers() headers: Headers_, @Body() dto: CreateSubscriptionDto) {
    checkRole('subscribe', actorFrom(headers), ['press-lead']);
    if (dto.webhookUrl) await this.webhookUrls.check(dto.webhookUrl);
    const s: Subscription = {
      id: randomUUID(), pressOffice: dto.pressOffice.normalize('NFC').trim(), organizations: dto.organizations.map((o) => o.normalize('NFC').trim()),
      kinds: dto.kinds as DraftKind[], ...(dto.webhookUrl ? { webhookUrl: dto.webhookUrl } : {}), secret: newWebhookSecret(), createdAt: new Date(),
    };
    await this.subscriptions.insert(this.dataSource.manager, s);
    return { ...view(s), secret: s.secret, feed: `${this.config.press.publicUrl}/subscriptions/${s.id}/feed.atom` };
  }

  @Get()
  @ApiOperation({ summary: 'Subscriptions, newest first' })
  async list(@Headers() headers: Headers_, @Query() q: PageQuery) {
    checkRole('list subscriptions', actorFrom(headers), PRESS_ROLES);
    const { items, total } = await this.subscriptions.page(this.dataSource.manager, q.page, q.pageSize);
    return { items: items.map(view), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Headers() headers: Headers_, @Param('id', new ParseUUIDPipe()) id: string) {
    checkRole('read a subscription', actorFrom(headers), PRESS_ROLES);
    return view(await this.load(id));
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The webhook delivery log: each delivery with its attempts (status code or error, duration), newest first' })
  async deliveries(@Headers() headers: Headers_, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery) {
    checkRole('read deliveries', actorFrom(headers), PRESS_ROLES);
    await this.load(id);
    const m = this.dataSource.manager;
    const rows = await m.query(
      `SELECT d.id, d.publication_id, d.status, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at, d.created_at,
              COALESCE((SELECT json_agg(json_build_object('attempt', a.attempt, 'at', a.at, 'statusCode', a.status_code, 'error', a.error, 'durationMs', a.duration_ms) ORDER BY a.attempt)
                        FROM webhook_attempts a WHERE a.delivery_id = d.id), '[]') AS log
       FROM webhook_deliveries d WHERE d.subscription_id = $1 ORDER BY d.created_at DESC, d.id LIMIT $2 OFFSET $3`,
      [id, q.pageSize, (q.page - 1) * q.pageSize],
    );
    const [{ n }] = await m.query('SELECT count(*)::int AS n FROM webhook_deliveries WHERE subscription_id = $1', [id]);
    return {
      items: rows.map((r: Record<string, never>) => ({
        id: r.id, publicationId: r.publication_id, status: r.status, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastError: r.last_error,
        deliveredAt: r.delivered_at, createdAt: r.created_at, log: r.log,
      })),
      page: q.page, pageSize: q.pageSize, total: n,
    };
  }

  /** Feed readers send no headers: the gateway guards this URL like the others. */
  @Get(':id/feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiOperation({ summary: 'Atom feed of the publications this subscription matches (latest 50)' })
  async feed(@Param('id', new ParseUUIDPipe()) id: string) {
    const s = await this.load(id);
    const rows = await this.dataSource.manager.query(
      `SELECT p.id, p.draft_id, p.version, p.kind, p.title, p.organizations, p.published_by, p.published_at, v.paragraphs
       FROM publications p JOIN draft_versions v ON v.draft_id = p.draft_id AND v.version = p.version
       ORDER BY p.published_at DESC, p.id LIMIT 500`,
    );
    const base = this.config.press.publicUrl;
    const entries = rows
      .filter((r: { kind: DraftKind; organizations: string[] }) => subscriptionMatches(s, { kind: r.kind, organizations: r.organizations }))
      .slice(0, 50)
      .map((r: { id: string; draft_id: string; version: number; kind: string; title: string; published_by: string; published_at: Date; paragraphs: Paragraph[] }) => ({
        id: `urn:uuid:${r.id}`, title: r.title, updated: new Date(r.published_at), author: r.published_by, categories: [r.kind],
        summary: r.paragraphs[0]?.text ?? '', content: plainText({ title: r.title, paragraphs: r.paragraphs }),
        link: `${base}/drafts/${r.draft_id}/export.html?version=${r.version}`,
      }));
    return atomFeed({
      id: `urn:uuid:${s.id}`, title: `Bản tin — ${s.pressOffice}`, selfLink: `${base}/subscriptions/${s.id}/feed.atom`,
      updated: entries[0]?.updated ?? s.createdAt, entries,
    });
  }

  private async load(id: string): Promise<Subscription> {
    const s = await this.subscriptions.get(this.dataSource.manager, id);
    if (!s) {
      throw new ProblemException({
        status: 404, vi: { title: 'Không tìm thấy đăng ký', detail: `Không có đăng ký nhận tin mã ${id}` }, en: { title: 'Subscription not found', detail: `subscription ${id} does not exist` },
      });
    }
    return s;
  }
}
