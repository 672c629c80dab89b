import { groupAwards, type AwardGroup, type ConferredAward } from './award-listing';
import type { Conference } from './conference';
import type { ConferenceState, CovenantLink } from './conference.types';

/** Everything a reader of the agenda sees: the conference, its segments, and what other services added to them. */
export interface AgendaSheet {
  conference: Readonly<ConferenceState>;
  /** the award presentation, highest rank first */
  awards: AwardGroup[];
  covenants: CovenantLink[];
}

export function agendaSheet(
  c: Conference,
  awards: readonly ConferredAward[],
  covenants: readonly CovenantLink[],
): AgendaSheet {
  return { conference: c.snapshot, awards: groupAwards(awards, c.snapshot.awardPresenters), covenants: [...covenants] };
}
