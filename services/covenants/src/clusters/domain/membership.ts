import type { CalendarDate } from '../../common/domain/text';

/**
 * A unit's membership of a cluster over a period: member from `joinedOn` (inclusive) until
 * `leftOn` (exclusive: on that date it is no longer a member). A reorganisation (the 2025
 * province mergers) ends memberships and starts new ones; rows are never rewritten.
 */
export interface Membership {
  id: string;
  unitName: string;
  joinedOn: CalendarDate;
  leftOn?: CalendarDate;
  note?: string;
  leftReason?: string;
}

export const isMemberOn = (m: Membership, on: CalendarDate): boolean =>
  m.joinedOn <= on && (!m.leftOn || on < m.leftOn);

/** Member at some time in [from, to] (both inclusive). */
export const overlaps = (m: Membership, from: CalendarDate, to: CalendarDate | undefined): boolean =>
  (!to || m.joinedOn <= to) && (!m.leftOn || m.leftOn > from);
