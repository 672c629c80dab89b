import { Controller, Inject, Req, Sse, type MessageEvent } from '@nestjs/common';
import { Public } from '@tdkt/auth';
import { concat, defer, filter, from, interval, map, merge, takeUntil, timer, type Observable } from 'rxjs';
import type { GatewayConfig } from '../config/gateway.config';
import { GATEWAY_CONFIG } from '../gateway.tokens';
import type { Request } from '../http.types';
import { problems } from '../problems';
import { SessionAuth } from '../proxy/session-auth';
import { hears, type LiveEvent } from './live-event';
import { LiveFeed } from './live-feed';
import { viewerScope } from './viewer-scope';

/** Heartbeat comments keep proxies from closing a quiet stream (no id: Last-Event-ID stays). */
const HEARTBEAT_MS = 20_000;

const message = (e: LiveEvent): MessageEvent => ({ id: e.id, type: e.kind, data: e.data });

/**
 * `GET /events`: server-sent events for the signed-in user, only those of the tenants they may
 * see. A reconnect with `Last-Event-ID` first gets what it missed from this process's ring (or a
 * `reset` event when those are gone: reload). A stream lasts `GATEWAY_LIVE_STREAM_MINUTES`, then
 * ends and the browser's EventSource reconnects: the session (and its tenancy) is checked again.
 */
@Controller()
export class LiveController {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly feed: LiveFeed,
    private readonly auth: SessionAuth,
  ) {}

  @Public('the session is the check: the signed-in user of this cookie, or 401')
  @Sse('events')
  async events(@Req() req: Request): Promise<Observable<MessageEvent>> {
    const user = req.session?.user;
    if (!user) throw problems.notSignedIn();
    const scope = await viewerScope(user, this.config.upstreams.press, await this.auth.authorization(req));
    const header = req.headers['last-event-id'];
    const lastEventId = Array.isArray(header) ? header[0] : header;
    // the replay is read when Nest subscribes, in the same turn as the live subscription: no
    // event falls between them
    return defer(() => {
      const replay = this.feed.since(lastEventId);
      const first: MessageEvent[] = [
        // a comment (no id) sends the headers at once: the browser's EventSource opens now
        { comment: 'live' } as unknown as MessageEvent,
        ...(replay.gap ? [{ id: this.feed.lastId, type: 'reset', data: {} }] : []),
        ...replay.events.filter((e) => hears(scope, e)).map(message),
      ];
      const live = this.feed.events.pipe(
        filter((e) => hears(scope, e)),
        map(message),
      );
      const beats = interval(HEARTBEAT_MS).pipe(map(() => ({ comment: 'ping' }) as unknown as MessageEvent));
      return concat(from(first), merge(live, beats));
    }).pipe(takeUntil(merge(timer(this.config.live.streamMinutes * 60_000), this.feed.closed)));
  }
}
