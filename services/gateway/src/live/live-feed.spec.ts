import { LiveFeed } from './live-feed';

const signature = (n: number) => ({ kind: 'signature-recorded' as const, tenant: 'province:ha-giang', data: { n } });

describe('LiveFeed: the ring a reconnect replays from', () => {
  it('replays what came after the id, and nothing when none is given', () => {
    const feed = new LiveFeed(10);
    const [first] = [1, 2, 3].map((n) => feed.push(signature(n)));
    expect(feed.since(first!.id)).toEqual({
      events: [expect.objectContaining({ data: { n: 2 } }), expect.objectContaining({ data: { n: 3 } })],
      gap: false,
    });
    expect(feed.since(undefined)).toEqual({ events: [], gap: false });
    expect(feed.since(feed.lastId)).toEqual({ events: [], gap: false });
  });

  it('keeps only the newest `capacity` events: an id pushed out of the ring is a gap', () => {
    const feed = new LiveFeed(10);
    const ids = Array.from({ length: 15 }, (_, i) => feed.push(signature(i)).id);
    expect(feed.since(ids[3]!)).toEqual({ events: [], gap: true });
    // the oldest kept is the 6th: after the 5th, every one kept is replayed
    expect(feed.since(ids[4]!).events.map((e) => e.data.n)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it("answers another process's id, a malformed one or one from the future with a gap", () => {
    const feed = new LiveFeed(10);
    feed.push(signature(1));
    for (const id of ['other.1', `${feed.epoch}.x`, `${feed.epoch}.99`, 'junk'])
      expect(feed.since(id)).toEqual({ events: [], gap: true });
  });
});
