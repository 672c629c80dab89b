// A fact and the event it came from, so every sentence of a draft can name its evidence; newer
// wins, at the same instant the larger event id. Defined once for every replica.
export { isNewer, type Sourced } from '@tdkt/replicas';
