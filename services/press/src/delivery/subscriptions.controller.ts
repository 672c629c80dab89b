import {
  Body,
  Controller,
  Get,
  Header,
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
import { canSee, CurrentActor, Public, Roles, tenantForNew, visibleTenants, type Actor } from '@tdkt/auth';
import { plainText } from '../drafts/domain/draft';
import { atomFeed } from './domain/atom-feed';
import { feedKey, feedKeyMatches, type Subscription } from './domain/subscription';
import { PageQuery } from '@tdkt/service-kit';
import { CreateSubscriptionDto } from './dto/subscription.dto';
import { SubscribeCommand } from './subscribe.command';
import { SubscriptionQueries } from './subscription.queries';

const view = ({ secret: _secret, ...s }: Subscription) => ({ ...s, createdAt: s.createdAt.toISOString() });

/**
 * A press office's subscriptions: they belong to the press office (tenant) that made them; only its
 * members and admin see them. The Atom feed is open to feed readers behind the subscription's own key.
 */
@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly subscribe: SubscribeCommand,
    private readonly queries: SubscriptionQueries,
    @Inject(PRESS_CONFIG) private readonly config: PressConfig,
  ) {}

  @Post()
  @Roles('press-lead')
  @UseInterceptors(IdempotencyInterceptor)
  @ApiIdempotencyKey()
  @ApiOperation({
    summary:
      'A press office subscribes (press lead): organizations and kinds; webhook optional. The secret (whsec_…) is shown once.',
  })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateSubscriptionDto) {
    const s = await this.subscribe.execute({ ...dto, tenant: tenantForNew(actor, dto.tenant) });
    return { ...view(s), secret: s.secret, feed: this.feedUrl(s) };
  }

  @Get()
  @Roles('press-officer', 'press-lead', 'admin')
  @ApiOperation({ summary: "The caller's press offices' subscriptions (admin: all), newest first" })
  async list(@CurrentActor() actor: Actor, @Query() q: PageQuery) {
    const { items, total } = await this.queries.page(q.page, q.pageSize, visibleTenants(actor));
    return { items: items.map(view), page: q.page, pageSize: q.pageSize, total };
  }

  @Get(':id')
  @Roles('press-officer', 'press-lead', 'admin')
  @ApiOperation({ summary: 'One subscription of the caller’s press office (without its secret)' })
  async get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return view(await this.load(id, (s) => canSee(actor, s.tenant)));
  }

  @Get(':id/deliveries')
  @Roles('press-officer', 'press-lead', 'admin')
  @ApiOperation({
    summary: 'The webhook delivery log: each delivery with its attempts (status code or error, duration), newest first',
  })
  async deliveries(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: PageQuery) {
    await this.load(id, (s) => canSee(actor, s.tenant));
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

  /** Feed readers send no token: the URL given at subscription carries the subscription's own key. */
  @Get(':id/feed.atom')
  @Public('Atom feed per subscription, behind its own key (?key=, derived from the subscription secret)')
  @Header('content-type', 'application/atom+xml; charset=utf-8')
  @ApiOperation({
    summary: 'Atom feed of the publications this subscription matches (latest 50); the URL with ?key= from POST',
  })
  async feed(@Param('id', new ParseUUIDPipe()) id: string, @Query('key') key?: string) {
    // a wrong or missing key answers like an unknown subscription: the id alone gives nothing away
    const s = await this.load(id, (x) => feedKeyMatches(x, typeof key === 'string' ? key : undefined));
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
      selfLink: this.feedUrl(s),
      updated: entries[0]?.updated ?? s.createdAt,
      entries,
    });
  }

  private feedUrl(s: Subscription): string {
    return `${this.config.press.publicUrl}/subscriptions/${s.id}/feed.atom?key=${feedKey(s)}`;
  }

  /** The subscription, if the caller may have it (`allowed`): another press office's is the same 404 as none. */
  private async load(id: string, allowed: (s: Subscription) => boolean): Promise<Subscription> {
    const s = await this.queries.get(id);
    if (!s || !allowed(s)) {
      throw new ProblemException({
        status: 404,
        vi: { title: 'Không tìm thấy đăng ký', detail: `Không có đăng ký nhận tin mã ${id}` },
        en: { title: 'Subscription not found', detail: `subscription ${id} does not exist` },
      });
    }
    return s;
  }
}
