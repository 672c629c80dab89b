// @tdkt/replicas: what a service keeps of another service's facts, folded from its events in any
// order of arrival (pure functions, no Nest, no TypeORM). See README.md.
export { compareSources, isNewer, type Source, type Sourced } from './sourced';
export {
  applyConferenceEvent,
  CONFERENCE_EVENTS,
  type ConferenceEvent,
  type ConferenceReplica,
  type ConferenceTiming,
  type ScheduleFacts,
} from './conference/conference-replica';
export { legacyConferenceReplica, type LegacyConference } from './conference/legacy-conference';
