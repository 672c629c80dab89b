/** A fact and the event it came from: every sentence of a draft can name its evidence. */
export interface Sourced<T> {
  data: T;
  eventId: string;
  /** the event's CloudEvents `time`: orders facts that arrive out of order */
  time: string;
}

/** Newer wins; at the same instant the larger event id, so every replica and every rebuild agrees. */
export function isNewer(candidate: { time: string; eventId: string }, current?: { time: string; eventId: string }): boolean {
  if (!current) return true;
  if (candidate.time !== current.time) return Date.parse(candidate.time) > Date.parse(current.time);
  return candidate.eventId > current.eventId;
}
