import {
  Body,
  Controller,
  Get,
  Header,
  Headers,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiIdempotencyKey, IdempotencyInterceptor, ProblemException } from '@tdkt/service-kit';
import { PRESS_CONFIG, type PressConfig } from '../config/press.config';
import { actorFrom } from '../drafts/actor';
import { plainText } from '../drafts/domain/draft';
import { checkRole, PRESS_ROLES } from '../drafts/domain/workflow';
import { atomFeed } from './domain/atom-feed';
import type { Subscription } from './domain/subscription';
import { PageQuery } from '@tdkt/service-kit';
import { CreateSubscriptionDto } from './dto/subscription.dto';
import { SubscribeCommand } from './subscribe.command';
import { SubscriptionQueries } from './subscription.queries';

type Headers_ = Record<string, string | string[] | undefined>;
const view = ({ secret: _secret, ...s }: Subscription) => ({ ...s, createdAt: s.createdAt.toISOString() });

@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly subscribe: SubscribeCommand,
    private readonly queries: SubscriptionQueries,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary:
      'A press office subscribes (press lead): organizations and kinds; webhook optional. The secret (whsec_…) is shown once.',
  })
  async create(@Headers() headers: Headers_, @Body() dto: CreateSubscriptionDto) {
    checkRole('subscribe', actorFrom(headers), ['press-lead']);
    const s = await this.subscribe.execute(dto);
    return { ...view(s), secret: s.secret, feed: `${this.config.press.publicUrl}/subscriptions/${s.id}/feed.atom` };
  }

  @Get()
  @ApiOperation({ summary: 'Subscriptions, newest first' })
  async list(@Headers() headers: Headers_, @Query() q: PageQuery) {
    checkRole('list subscriptions', actorFrom(headers), PRESS_ROLES);
    const { items, total } = await this.queries.page(q.page, q.pageSize);
    return { items: items.map(view), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  async get(@Headers() headers: Headers_, @Param('id', new ParseUUIDPipe()) id: string) {
    checkRole('read a subscription', actorFrom(headers), PRESS_ROLES);
    return view(await this.load(id));
  }

  @Get(':id/deliveries')
  @ApiOperation({
    summary: 'The webhook delivery log: each delivery with its attempts (status code or error, duration), newest first',
  })
  async deliveries(@Headers() headers: Headers_, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery) {
    checkRole('read deliveries', actorFrom(headers), PRESS_ROLES);
    await this.load(id);
    const { items, total } = await this.queries.deliveries(id, q.page, q.pageSize);
    return {
      items: items.map((r) => ({
        id: r.id,
        publicationId: r.publication_id,
        status: r.status,
        attempts: r.attempts,
        nextAttemptAt: r.next_attempt_at,
        lastError: r.last_error,
        deliveredAt: r.delivered_at,
        createdAt: r.created_at,
        log: r.log,
      })),
      page: q.page,
      pageSize: q.pageSize,
      total,
    };
  }

  /** Feed readers send no headers: the gateway guards this URL like the others. */
  @Get(':id/feed.atom')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiOperation({ summary: 'Atom feed of the publications this subscription matches (latest 50)' })
  async feed(@Param('id', new ParseUUIDPipe()) id: string) {
    const s = await this.load(id);
    const base = this.config.press.publicUrl;
    const entries = (await this.queries.matchingPublications(s, 50)).map((r) => ({
      id: `urn:uuid:${r.id}`,
      title: r.title,
      updated: new Date(r.published_at),
      author: r.published_by,
      categories: [r.kind],
      summary: r.paragraphs[0]?.text ?? '',
      content: plainText({ title: r.title, paragraphs: r.paragraphs }),
      link: `${base}/drafts/${r.draft_id}/export.html?version=${r.version}`,
    }));
    return atomFeed({
      id: `urn:uuid:${s.id}`,
      title: `Bản tin — ${s.pressOffice}`,
      selfLink: `${base}/subscriptions/${s.id}/feed.atom`,
      updated: entries[0]?.updated ?? s.createdAt,
      entries,
    });
  }

  private async load(id: string): Promise<Subscription> {
    const s = await this.queries.get(id);
    if (!s) {
      throw new ProblemException({
        status: 404,
        vi: { title: 'Không tìm thấy đăng ký', detail: `Không có đăng ký nhận tin mã ${id}` },
        en: { title: 'Subscription not found', detail: `subscription ${id} does not exist` },
      });
    }
    return s;
  }
}
