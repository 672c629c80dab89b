/** A fact and the event it came from: a replica can say which event each of its facts is from. */
export interface Sourced<T> {
  data: T;
  eventId: string;
  /** the event's CloudEvents `time`: orders facts that arrive out of order */
  time: string;
}

export type Source = Pick<Sourced<unknown>, 'eventId' | 'time'>;

// an unparseable time sorts first rather than making the order partial
const instant = (time: string): number => {
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? -Infinity : ms;
};

/**
 * The order of facts: the event's instant, then its id. A total order (the same instant written
 * two ways is the same instant; equal instants are told apart by id), so every replica and every
 * rebuild agrees whatever the arrival order.
 */
export function compareSources(a: Source, b: Source): number {
  const ta = instant(a.time);
  const tb = instant(b.time);
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

/** Newer wins; at the same instant the larger event id. */
export const isNewer = (candidate: Source, current?: Source): boolean =>
  !current || compareSources(candidate, current) > 0;
