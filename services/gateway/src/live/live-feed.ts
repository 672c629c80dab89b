import { randomBytes } from 'node:crypto';
import { Subject, type Observable } from 'rxjs';
import type { LiveEvent } from './live-event';

/** What a (re)connecting viewer gets first: the events after its Last-Event-ID, or a gap. */
export interface Replay {
  events: LiveEvent[];
  /**
   * the events after that id are no longer all here (another process's id, or pushed out of the
   * ring): nothing is replayed, the viewer is told to reload what it shows
   */
  gap: boolean;
}

/**
 * The live events of this gateway process: a bounded ring of the latest (what a reconnect with
 * Last-Event-ID replays) and the stream of new ones. In memory, per process: a restarted gateway,
 * or another instance behind a load balancer, has another epoch and answers such an id with a gap
 * (the console then reloads what it shows).
 */
export class LiveFeed {
  readonly epoch = randomBytes(6).toString('base64url');
  private readonly ring: LiveEvent[] = [];
  private seq = 0;
  private readonly subject = new Subject<LiveEvent>();
  private readonly closing = new Subject<void>();

  constructor(private readonly capacity: number) {}

  get events(): Observable<LiveEvent> {
    return this.subject.asObservable();
  }

  /** emits once at shutdown: every stream ends (the browsers reconnect to another process) */
  get closed(): Observable<void> {
    return this.closing.asObservable();
  }

  /** the id of the latest event (`<epoch>.0` before any): where a viewer told of a gap stands */
  get lastId(): string {
    return `${this.epoch}.${this.seq}`;
  }

  push(event: Omit<LiveEvent, 'id'>): LiveEvent {
    const live: LiveEvent = { ...event, id: `${this.epoch}.${++this.seq}` };
    this.ring.push(live);
    if (this.ring.length > this.capacity) this.ring.shift();
    this.subject.next(live);
    return live;
  }

  /** The buffered events after `lastEventId` (none asked: nothing to replay, no gap). */
  since(lastEventId: string | undefined): Replay {
    if (!lastEventId) return { events: [], gap: false };
    const [epoch, raw] = lastEventId.split('.');
    const seq = Number(raw);
    if (epoch !== this.epoch || !Number.isSafeInteger(seq) || seq < 0 || seq > this.seq)
      return { events: [], gap: true };
    const oldest = this.ring[0] ? this.seqOf(this.ring[0]) : this.seq + 1;
    if (seq + 1 < oldest) return { events: [], gap: true };
    return { events: this.ring.filter((e) => this.seqOf(e) > seq), gap: false };
  }

  seqOf(event: LiveEvent): number {
    return Number(event.id.slice(event.id.indexOf('.') + 1));
  }

  close(): void {
    this.closing.next();
    this.closing.complete();
    this.subject.complete();
  }
}
