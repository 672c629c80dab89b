import type { CeremonyFactRecordedData, ClusterChangedData, DecisionIssuedData } from '@tdkt/contracts';
import type { AttendeeFacts } from './attendee';
import type { AwardFact } from './award-tally';
import type { ConferenceFacts } from './conference-facts';
import type { CovenantFacts } from './covenant-facts';
import type { Sourced } from './sourced';

/** Everything the read model holds about one conference: what the drafts are written from. */
export interface ConferenceFile {
  conference: ConferenceFacts;
  attendees: AttendeeFacts[];
  awards: AwardFact[];
  decisions: Sourced<DecisionIssuedData>[];
  covenants: CovenantFacts[];
  /** what was said and done at the ceremony as the organizer entered it (agenda), in the order entered */
  ceremony: Sourced<CeremonyFactRecordedData>[];
  /** clusters that may be the organizer (of its tenant, or whose leaders name the conference): see clusterOf */
  clusters: Sourced<ClusterChangedData>[];
}
